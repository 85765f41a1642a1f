-- Full-text search over turns and answers (external content: the text is stored once, in its table).
-- Imports index a whole document's rows in one INSERT … SELECT (db/search-index.ts), three times
-- faster than a per-row trigger; deletes are kept in step by triggers.
CREATE VIRTUAL TABLE `turns_fts` USING fts5(text, content='turns', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE VIRTUAL TABLE `answers_fts` USING fts5(text, content='answers', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE TRIGGER `turns_fts_delete` AFTER DELETE ON `turns` BEGIN
  INSERT INTO turns_fts(turns_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
--> statement-breakpoint
CREATE TRIGGER `answers_fts_delete` AFTER DELETE ON `answers` BEGIN
  INSERT INTO answers_fts(answers_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
--> statement-breakpoint
-- Documents are immutable once imported: segments point into their text.
CREATE TRIGGER `documents_text_immutable` BEFORE UPDATE OF `text`, `text_length` ON `documents` BEGIN
  SELECT RAISE(ABORT, 'document text is immutable');
END;
--> statement-breakpoint
-- A segment must lie inside its document (offsets are UTF-16 units; the length is stored by the importer).
CREATE TRIGGER `segments_offsets_inside_document` BEFORE INSERT ON `segments`
WHEN new.end_offset > (SELECT text_length FROM documents WHERE id = new.document_id) BEGIN
  SELECT RAISE(ABORT, 'segment offsets lie outside the document');
END;
--> statement-breakpoint
CREATE TRIGGER `turns_offsets_inside_document` BEFORE INSERT ON `turns`
WHEN new.end_offset > (SELECT text_length FROM documents WHERE id = new.document_id) BEGIN
  SELECT RAISE(ABORT, 'turn offsets lie outside the document');
END;
--> statement-breakpoint
CREATE TRIGGER `answers_offsets_inside_document` BEFORE INSERT ON `answers`
WHEN new.end_offset > (SELECT text_length FROM documents WHERE id = new.document_id) BEGIN
  SELECT RAISE(ABORT, 'answer offsets lie outside the document');
END;
