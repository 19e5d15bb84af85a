// Reading the generated OpenAPI document's JSON Schemas for people: a type in words, the
// fields of an object (following $ref and nested objects), and an example built from the
// schema's own examples.
export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  description?: string;
  example?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  maxLength?: number;
};

export type Schemas = Record<string, JsonSchema>;

export type Field = { path: string; type: string; required: boolean; description?: string; example?: unknown };

export function refName(ref: string): string {
  return ref.replace("#/components/schemas/", "");
}

export function typeOf(schema: JsonSchema): string {
  if (schema.$ref) return refName(schema.$ref);
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (schema.enum) return schema.enum.map((v) => JSON.stringify(v)).join(" | ");
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) return variants.map(typeOf).join(" | ");
  if (schema.type === "array" && schema.items) return `${typeOf(schema.items)}[]`;
  const type = Array.isArray(schema.type) ? schema.type.join(" | ") : (schema.type ?? "any");
  return schema.format ? `${type} (${schema.format})` : type;
}

/** An object's fields, nested objects and arrays of objects flattened with dotted paths. */
export function fieldsOf(schema: JsonSchema, schemas: Schemas, prefix = "", depth = 0): Field[] {
  const object = resolve(schema, schemas);
  if (!object.properties || depth > 3) return [];
  return Object.entries(object.properties).flatMap(([name, property]) => {
    const path = prefix ? `${prefix}.${name}` : name;
    const field: Field = {
      path,
      type: typeOf(property),
      required: object.required?.includes(name) ?? false,
      description: property.description,
      example: property.example,
    };
    const inner = nonNull(property);
    const nested = inner.type === "array" && inner.items ? inner.items : inner;
    const descend = !nested.$ref && resolve(nested, schemas).properties;
    const suffix = inner.type === "array" ? `${path}[]` : path;
    return descend ? [field, ...fieldsOf(nested, schemas, suffix, depth + 1)] : [field];
  });
}

/** An example value for a schema: its example, else one made from its fields' examples. */
export function exampleOf(schema: JsonSchema, schemas: Schemas, depth = 0): unknown {
  const resolved = resolve(nonNull(schema), schemas);
  if (resolved.example !== undefined) return resolved.example;
  if (depth > 4) return null;
  if (resolved.properties)
    return Object.fromEntries(
      Object.entries(resolved.properties)
        .filter(([name]) => resolved.required?.includes(name) || resolved.properties![name]!.example !== undefined)
        .map(([name, property]) => [name, exampleOf(property, schemas, depth + 1)]),
    );
  if (resolved.type === "array" && resolved.items) return [exampleOf(resolved.items, schemas, depth + 1)];
  if (resolved.enum) return resolved.enum[0];
  if (resolved.const !== undefined) return resolved.const;
  return resolved.type === "integer" || resolved.type === "number" ? 0 : resolved.type === "boolean" ? true : "…";
}

function resolve(schema: JsonSchema, schemas: Schemas): JsonSchema {
  return schema.$ref ? (schemas[refName(schema.$ref)] ?? {}) : schema;
}

/** The schema without its "or null" (anyOf [X, null], type [X, "null"]). */
function nonNull(schema: JsonSchema): JsonSchema {
  const variants = schema.anyOf?.filter((v) => v.type !== "null");
  if (variants?.length === 1) return variants[0]!;
  return schema;
}
