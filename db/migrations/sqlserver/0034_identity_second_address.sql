-- Issue 19: an account reached at both an e-mail address and a Moroccan mobile number. The address it was made with
-- stays its key (email_key); the one it adds later, once proved by a code, is second_key (the lower-case address or
-- the number in E.164, unique) and is kept in email or phone. Sign-in and the account codes look an address up in both.
-- email_verified / phone_verified: the address was proved by a code sent to it (sign-up's verification, or adding it).
-- An account code that proves a new address keeps that address until it is used (address).
ALTER TABLE idn_users ADD second_key NVARCHAR(200) NULL;
ALTER TABLE idn_users ADD email_verified BIT NOT NULL CONSTRAINT df_idn_users_email_verified DEFAULT 0;
ALTER TABLE idn_users ADD phone_verified BIT NOT NULL CONSTRAINT df_idn_users_phone_verified DEFAULT 0;
ALTER TABLE idn_account_codes ADD address NVARCHAR(200) NULL;
GO
CREATE UNIQUE INDEX ux_idn_users_second_key ON idn_users (second_key) WHERE second_key IS NOT NULL;

-- A number's account can only have left its waiting state by a code sent to the number; an e-mail account made by
-- sign-up (it had a verification code) by a code sent to the address. An account an administrator made has not proved
-- its address: it stays unverified.
UPDATE idn_users SET phone_verified = 1 WHERE phone IS NOT NULL AND pending_verification = 0;
UPDATE idn_users SET email_verified = 1
WHERE email <> '' AND pending_verification = 0
  AND EXISTS (SELECT 1 FROM idn_account_codes c WHERE c.user_id = idn_users.id AND c.purpose = 'verify');
