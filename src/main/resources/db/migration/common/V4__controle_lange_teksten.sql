-- A national check lists every gemeente (art. 29 over 342 gemeenten: ~5.000 characters), more than
-- the first schema allowed; found by the national benchmark run. SET DATA TYPE works on H2 and PostgreSQL.
ALTER TABLE controle ALTER COLUMN invoer SET DATA TYPE VARCHAR(100000);
ALTER TABLE controle ALTER COLUMN verwacht SET DATA TYPE VARCHAR(100000);
ALTER TABLE controle ALTER COLUMN gevonden SET DATA TYPE VARCHAR(100000);
