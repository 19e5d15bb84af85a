-- The financing request list (/financing-requests): each request's state kept on its cart,
-- the first copy of its link, WeGetFinancing's refusal, and the indexes the list reads.
CREATE TYPE "FinancingRequestState" AS ENUM ('REFUSED', 'NOT_SENT', 'WAITING', 'IN_PROGRESS', 'DECLINED', 'CANCELLED', 'APPROVED_NO_ORDER', 'ORDERED', 'ON_HOLD', 'REFUNDED');

ALTER TABLE "PendingCart"
  ADD COLUMN "refusedAt" TIMESTAMPTZ(3),
  ADD COLUMN "refusalMessage" TEXT,
  ADD COLUMN "linkCopiedAt" TIMESTAMPTZ(3),
  ADD COLUMN "state" "FinancingRequestState" NOT NULL DEFAULT 'WAITING';

CREATE INDEX "PendingCart_state_createdAt_id_idx" ON "PendingCart"("state", "createdAt" DESC, "id" DESC);
CREATE INDEX "PendingCart_applicationId_idx" ON "PendingCart"("applicationId");
CREATE INDEX "PendingCart_customer_trgm_idx" ON "PendingCart" USING GIN ("customerFirstName" gin_trgm_ops, "customerLastName" gin_trgm_ops, "customerEmail" gin_trgm_ops);

-- The state, derived exactly as storedRequestState() in lib/financing-requests/request-state.ts
-- (its test compares the two on every combination): the order decides once there is one,
-- else the application, else the cart.
CREATE FUNCTION "pending_cart_state"(cart "PendingCart") RETURNS "FinancingRequestState"
LANGUAGE plpgsql STABLE AS $$
DECLARE
  app_status "ApplicationStatus";
  ord RECORD;
BEGIN
  SELECT a.status INTO app_status FROM "Application" a WHERE a.id = cart."applicationId";
  SELECT o.status, o.amount, o."refundedAmount" INTO ord FROM "Order" o WHERE o."pendingCartId" = cart.id LIMIT 1;
  IF FOUND THEN
    IF ord.status = 'CANCELLED' OR app_status = 'CANCELLED' THEN RETURN 'CANCELLED'; END IF;
    IF ord.status = 'ON_HOLD' THEN RETURN 'ON_HOLD'; END IF;
    IF ord."refundedAmount" > 0 AND ord."refundedAmount" >= ord.amount THEN RETURN 'REFUNDED'; END IF;
    RETURN 'ORDERED';
  END IF;
  IF app_status IS NULL THEN
    IF cart."refusedAt" IS NOT NULL THEN RETURN 'REFUSED'; END IF;
    IF cart."requestToken" IS NULL THEN RETURN 'NOT_SENT'; END IF;
    RETURN 'WAITING';
  END IF;
  RETURN CASE app_status
    WHEN 'PREQUALIFIED' THEN 'IN_PROGRESS'
    WHEN 'PENDING' THEN 'IN_PROGRESS'
    WHEN 'DECLINED' THEN 'DECLINED'
    WHEN 'CANCELLED' THEN 'CANCELLED'
    WHEN 'APPROVED' THEN 'APPROVED_NO_ORDER'
    WHEN 'CONFIRMED' THEN 'APPROVED_NO_ORDER'
    ELSE 'WAITING'
  END::"FinancingRequestState";
END $$;

-- A cart links itself to the application its request token names (a postback can create the
-- application before or without the desk's own link), then takes its state.
CREATE FUNCTION "pending_cart_set_state"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."applicationId" IS NULL AND NEW."requestToken" IS NOT NULL THEN
    SELECT a.id INTO NEW."applicationId" FROM "Application" a
     WHERE a.provider = NEW.provider AND a."externalId" = NEW."requestToken";
  END IF;
  NEW.state := "pending_cart_state"(NEW);
  RETURN NEW;
END $$;

CREATE TRIGGER "PendingCart_state" BEFORE INSERT OR UPDATE ON "PendingCart"
  FOR EACH ROW EXECUTE FUNCTION "pending_cart_set_state"();

-- An application's status moved (or it arrived): its carts follow. Touching the cart runs the
-- trigger above, which links it and recomputes its state.
CREATE FUNCTION "pending_cart_follow_application"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "PendingCart" c SET state = c.state
   WHERE c."applicationId" = NEW.id
      OR (c."applicationId" IS NULL AND c.provider = NEW.provider AND c."requestToken" = NEW."externalId");
  RETURN NULL;
END $$;

CREATE TRIGGER "Application_pending_cart_insert" AFTER INSERT ON "Application"
  FOR EACH ROW EXECUTE FUNCTION "pending_cart_follow_application"();
CREATE TRIGGER "Application_pending_cart_status" AFTER UPDATE OF status ON "Application"
  FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION "pending_cart_follow_application"();

-- An order was created, cancelled, held, refunded or removed: its cart follows.
CREATE FUNCTION "pending_cart_follow_order"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  carts uuid[];
BEGIN
  IF TG_OP = 'INSERT' THEN carts := ARRAY[NEW."pendingCartId"];
  ELSIF TG_OP = 'DELETE' THEN carts := ARRAY[OLD."pendingCartId"];
  ELSE carts := ARRAY[NEW."pendingCartId", OLD."pendingCartId"];
  END IF;
  UPDATE "PendingCart" c SET state = c.state WHERE c.id = ANY(carts);
  RETURN NULL;
END $$;

CREATE TRIGGER "Order_pending_cart_state" AFTER INSERT OR DELETE OR UPDATE OF status, amount, "refundedAmount", "pendingCartId" ON "Order"
  FOR EACH ROW EXECUTE FUNCTION "pending_cart_follow_order"();

-- The carts there are now.
UPDATE "PendingCart" c SET state = c.state;
