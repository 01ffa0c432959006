-- The decision log, format 1: a row per decision the service made, and a row per erasure. In the
-- embedded H2 file, texts are held in the row (an H2 large object costs several times as much to
-- write) and only the family is indexed besides the ids: each index is written at every commit, and
-- a log of one instance is read mostly by family or scanned in order.
create table decision (
  seq bigint generated always as identity primary key,
  id uuid not null unique,
  received timestamp with time zone not null,
  client varchar(200) not null,
  rule_set varchar(200) not null,
  fingerprint varchar(100) not null,
  library_version varchar(50) not null,
  as_of date not null,
  subject varchar(20) not null,
  subject_id character varying not null,
  family character varying,
  verdict varchar(50) not null,
  answer character varying not null,
  input_kept varchar(10) not null,
  input_digest varchar(80),
  input character varying,
  input_removed timestamp with time zone,
  input_removed_because varchar(20)
);
create index decision_family on decision (family);


create table erasure (
  id uuid primary key,
  at timestamp with time zone not null,
  client varchar(200) not null,
  family character varying not null,
  inputs_erased integer not null
);
