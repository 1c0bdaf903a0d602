-- Indexes in the order events are listed (SQLite's V5).

CREATE INDEX events_order ON events ((date_start IS NULL), date_start, doc_id);
CREATE INDEX events_class_order ON events (crisis_class, (date_start IS NULL), date_start, doc_id);
CREATE INDEX events_status_order ON events (status, (date_start IS NULL), date_start, doc_id);
