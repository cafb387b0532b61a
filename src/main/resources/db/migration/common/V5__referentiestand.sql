-- Which reference snapshot the tables gebied and populatie hold: the content hash of the rows the
-- reference import last wrote (store/Referentiestand). A run whose reference files give the same
-- rows leaves both tables as they are instead of deleting and inserting them again.
CREATE TABLE referentiestand (
    id     INT         PRIMARY KEY, -- always 1: the store holds one snapshot
    sha256 VARCHAR(64) NOT NULL
);
