-- Which CRM an account's external id came from (salesforce, hubspot, zoho): recorded when accounts are
-- imported with that CRM's preset, so that `export crm` writes back only the records that CRM knows.
CREATE TABLE account_id_source (
    account_id BIGINT      NOT NULL PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    crm        VARCHAR(20) NOT NULL
);
