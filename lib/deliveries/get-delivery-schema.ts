// A delivery id as it comes from a URL or a form.
import { z } from "zod";

export const deliveryIdSchema = z.uuid({ error: "Not a delivery id." });
