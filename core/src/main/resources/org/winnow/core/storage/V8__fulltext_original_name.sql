-- The name a full text had when it was attached ("Jones 2015.pdf"), kept beside the name it is
-- stored under in the project's fulltexts folder (report-12.pdf). Null for PDFs attached before.
ALTER TABLE report ADD COLUMN pdf_name TEXT;
