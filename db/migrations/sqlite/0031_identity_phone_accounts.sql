-- Issue 19 item 1: an account made by sign-up with a Moroccan mobile number instead of an e-mail address. Its number
-- (E.164) is in phone, its key (email_key, unique) is that number and its email is empty; every other account has
-- no phone (NULL).
ALTER TABLE idn_users ADD COLUMN phone TEXT NULL;
