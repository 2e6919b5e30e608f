"""A version per conversation, moved by the database on every write that changes what a thread
page's conversation shows, so its rendered messages can be kept in the cache under that version
(careteam.conversation_cache).

`careteam_conversation_version` holds one row per thread. Statement-level triggers on the
messages table (with transition tables: one statement per write, whatever its number of rows)
give each thread a message was inserted into, updated in or deleted from a new value of
migration 0020's sequence; a TRUNCATE of the messages gives every thread one. A change of a
staff member's name (first, last or username: `User.display_name`) moves the threads holding
their messages. The sequence never goes back, so a value is never reused for other content, and
the writer's transaction commits the new value with the messages (no reader sees the one
without the other). The row is not a model field: nothing Django saves can write an older value
back. PostgreSQL only; elsewhere nothing is cached.
"""

from django.db import migrations

CREATE = """
CREATE TABLE IF NOT EXISTS careteam_conversation_version (
    thread_id bigint PRIMARY KEY,
    version bigint NOT NULL
);
INSERT INTO careteam_conversation_version (thread_id, version)
    SELECT id, nextval('careteam_change_seq') FROM careteam_thread
    ON CONFLICT (thread_id) DO NOTHING;

CREATE OR REPLACE FUNCTION careteam_conversation_moved() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO careteam_conversation_version (thread_id, version)
            SELECT thread_id, nextval('careteam_change_seq') FROM (
                SELECT DISTINCT thread_id FROM new_rows) AS moved
            ON CONFLICT (thread_id) DO UPDATE SET version = EXCLUDED.version;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO careteam_conversation_version (thread_id, version)
            SELECT thread_id, nextval('careteam_change_seq') FROM (
                SELECT thread_id FROM new_rows UNION SELECT thread_id FROM old_rows) AS moved
            ON CONFLICT (thread_id) DO UPDATE SET version = EXCLUDED.version;
    ELSIF TG_OP = 'DELETE' THEN
        UPDATE careteam_conversation_version SET version = nextval('careteam_change_seq')
            WHERE thread_id IN (SELECT thread_id FROM old_rows);
    ELSE  -- TRUNCATE
        UPDATE careteam_conversation_version SET version = nextval('careteam_change_seq');
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

-- A new thread starts with a value of its own, a deleted one's row goes: ids reused after a
-- TRUNCATE ... RESTART IDENTITY never meet an old thread's value.
CREATE OR REPLACE FUNCTION careteam_conversation_thread_changed() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO careteam_conversation_version (thread_id, version)
            SELECT id, nextval('careteam_change_seq') FROM new_rows
            ON CONFLICT (thread_id) DO UPDATE SET version = EXCLUDED.version;
    ELSIF TG_OP = 'DELETE' THEN
        DELETE FROM careteam_conversation_version WHERE thread_id IN (SELECT id FROM old_rows);
    ELSE  -- TRUNCATE
        DELETE FROM careteam_conversation_version;
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION careteam_author_renamed() RETURNS trigger AS $$
BEGIN
    UPDATE careteam_conversation_version SET version = nextval('careteam_change_seq')
        WHERE thread_id IN (SELECT DISTINCT thread_id FROM careteam_message
                            WHERE author_id = NEW.id);
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

DROP TRIGGER IF EXISTS careteam_conversation_inserted ON careteam_message;
CREATE TRIGGER careteam_conversation_inserted AFTER INSERT ON careteam_message
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION careteam_conversation_moved();
DROP TRIGGER IF EXISTS careteam_conversation_updated ON careteam_message;
CREATE TRIGGER careteam_conversation_updated AFTER UPDATE ON careteam_message
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION careteam_conversation_moved();
DROP TRIGGER IF EXISTS careteam_conversation_deleted ON careteam_message;
CREATE TRIGGER careteam_conversation_deleted AFTER DELETE ON careteam_message
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION careteam_conversation_moved();
DROP TRIGGER IF EXISTS careteam_conversation_truncated ON careteam_message;
CREATE TRIGGER careteam_conversation_truncated AFTER TRUNCATE ON careteam_message
    FOR EACH STATEMENT EXECUTE FUNCTION careteam_conversation_moved();
DROP TRIGGER IF EXISTS careteam_conversation_thread_inserted ON careteam_thread;
CREATE TRIGGER careteam_conversation_thread_inserted AFTER INSERT ON careteam_thread
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION careteam_conversation_thread_changed();
DROP TRIGGER IF EXISTS careteam_conversation_thread_deleted ON careteam_thread;
CREATE TRIGGER careteam_conversation_thread_deleted AFTER DELETE ON careteam_thread
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION careteam_conversation_thread_changed();
DROP TRIGGER IF EXISTS careteam_conversation_thread_truncated ON careteam_thread;
CREATE TRIGGER careteam_conversation_thread_truncated AFTER TRUNCATE ON careteam_thread
    FOR EACH STATEMENT EXECUTE FUNCTION careteam_conversation_thread_changed();
DROP TRIGGER IF EXISTS careteam_author_renamed ON careteam_user;
CREATE TRIGGER careteam_author_renamed AFTER UPDATE OF first_name, last_name, username
    ON careteam_user FOR EACH ROW
    WHEN (OLD.first_name IS DISTINCT FROM NEW.first_name
          OR OLD.last_name IS DISTINCT FROM NEW.last_name
          OR OLD.username IS DISTINCT FROM NEW.username)
    EXECUTE FUNCTION careteam_author_renamed();
"""

DROP = """
DROP TRIGGER IF EXISTS careteam_conversation_inserted ON careteam_message;
DROP TRIGGER IF EXISTS careteam_conversation_updated ON careteam_message;
DROP TRIGGER IF EXISTS careteam_conversation_deleted ON careteam_message;
DROP TRIGGER IF EXISTS careteam_conversation_truncated ON careteam_message;
DROP TRIGGER IF EXISTS careteam_conversation_thread_inserted ON careteam_thread;
DROP TRIGGER IF EXISTS careteam_conversation_thread_deleted ON careteam_thread;
DROP TRIGGER IF EXISTS careteam_conversation_thread_truncated ON careteam_thread;
DROP TRIGGER IF EXISTS careteam_author_renamed ON careteam_user;
DROP FUNCTION IF EXISTS careteam_conversation_moved();
DROP FUNCTION IF EXISTS careteam_conversation_thread_changed();
DROP FUNCTION IF EXISTS careteam_author_renamed();
DROP TABLE IF EXISTS careteam_conversation_version;
"""


def create_versions(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE, params=None)


def drop_versions(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP, params=None)


class Migration(migrations.Migration):
    dependencies = [("careteam", "0025_thread_open_counts_index")]

    operations = [migrations.RunPython(create_versions, drop_versions)]
