-- An event delivery's attempt is made by the node that claimed it (install.EventDeliveries): the lease says until
-- when. Each attempt number of a delivery is recorded once, whichever node made it.
ALTER TABLE event_delivery ADD COLUMN lease_until TIMESTAMP WITH TIME ZONE;
CREATE UNIQUE INDEX ux_event_delivery_attempt_number ON event_delivery_attempt (delivery_id, number);
