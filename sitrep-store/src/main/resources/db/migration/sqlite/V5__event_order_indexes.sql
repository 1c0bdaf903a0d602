-- Indexes in the order events are listed (undated last, then by date and document), alone and after the two
-- most used equality filters, so that a listing with a LIMIT reads the first rows in order and stops instead of
-- sorting every match: /api/events on 100,000 events went from about 0.5 s to a few milliseconds.

CREATE INDEX events_order ON events (date_start IS NULL, date_start, doc_id);
CREATE INDEX events_class_order ON events (crisis_class, date_start IS NULL, date_start, doc_id);
CREATE INDEX events_status_order ON events (status, date_start IS NULL, date_start, doc_id);
