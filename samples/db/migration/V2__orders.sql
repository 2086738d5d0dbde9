-- The orders the API takes and the fulfilment workers complete. Created by the master user after
-- V1, so the default privileges give the application user its rows.
CREATE TABLE orders (
  id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  customer_id TEXT        NOT NULL,
  total_cents BIGINT      NOT NULL CHECK (total_cents >= 0),
  status      TEXT        NOT NULL DEFAULT 'received',
  created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX orders_customer_id ON orders (customer_id);
