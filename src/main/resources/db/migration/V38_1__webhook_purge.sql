-- The webhook purge (WebhookPurge) deletes old events unless a delivery of theirs is pending, and deleting an event
-- cascades to its deliveries: both look deliveries up by event, which no index served.
CREATE INDEX IF NOT EXISTS ix_webhook_delivery_event ON webhook_delivery (event_id);
