import GRDB

extension SQLiteStore {
    /// The schema, as named migrations. Never edit a migration once shipped: add a new one.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-members") { db in
            try db.execute(
                sql: """
                    CREATE TABLE organisation (
                        id INTEGER PRIMARY KEY,
                        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
                        sector TEXT NOT NULL,
                        subsector TEXT,
                        country TEXT NOT NULL,
                        identity_id TEXT NOT NULL UNIQUE,
                        identity_json BLOB NOT NULL,
                        created_at DOUBLE NOT NULL
                    );
                    CREATE TABLE user (
                        id INTEGER PRIMARY KEY,
                        organisation_id INTEGER NOT NULL REFERENCES organisation(id),
                        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
                        email TEXT,
                        role TEXT NOT NULL,
                        created_at DOUBLE NOT NULL
                    );
                    CREATE INDEX user_organisation ON user(organisation_id);
                    CREATE TABLE api_key (
                        id INTEGER PRIMARY KEY,
                        user_id INTEGER NOT NULL REFERENCES user(id),
                        prefix TEXT NOT NULL UNIQUE,
                        secret_hash BLOB NOT NULL,
                        label TEXT,
                        created_at DOUBLE NOT NULL,
                        expires_at DOUBLE,
                        revoked_at DOUBLE
                    );
                    CREATE INDEX api_key_user ON api_key(user_id);
                    CREATE TABLE sharing_group (
                        id INTEGER PRIMARY KEY,
                        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
                        description TEXT,
                        created_at DOUBLE NOT NULL
                    );
                    CREATE TABLE sharing_group_member (
                        group_id INTEGER NOT NULL REFERENCES sharing_group(id) ON DELETE CASCADE,
                        organisation_id INTEGER NOT NULL REFERENCES organisation(id),
                        PRIMARY KEY (group_id, organisation_id)
                    ) WITHOUT ROWID;
                    CREATE INDEX sharing_group_member_organisation ON sharing_group_member(organisation_id);
                    """)
        }
        migrator.registerMigration("v1-objects") { db in
            try db.execute(
                sql: """
                    CREATE TABLE object (
                        seq INTEGER PRIMARY KEY AUTOINCREMENT,
                        id TEXT NOT NULL,
                        type TEXT NOT NULL,
                        version INTEGER NOT NULL,
                        modified TEXT,
                        owner_id INTEGER NOT NULL REFERENCES organisation(id),
                        tlp TEXT NOT NULL,
                        audience_kind TEXT NOT NULL,
                        audience_group INTEGER REFERENCES sharing_group(id),
                        date_added INTEGER NOT NULL,
                        latest INTEGER NOT NULL,
                        revoked INTEGER NOT NULL,
                        created_by_ref TEXT,
                        labels TEXT,
                        search TEXT NOT NULL,
                        json BLOB NOT NULL
                    );
                    CREATE UNIQUE INDEX object_version ON object(id, owner_id, version);
                    CREATE TABLE audit (
                        seq INTEGER PRIMARY KEY AUTOINCREMENT,
                        at DOUBLE NOT NULL,
                        user_id INTEGER,
                        organisation_id INTEGER,
                        key_prefix TEXT,
                        action TEXT NOT NULL,
                        object_ids TEXT NOT NULL,
                        detail TEXT NOT NULL
                    );
                    """)
        }
        migrator.registerMigration("v2-latest-by-type") { db in
            // Listings by type read only the latest versions, in sequence order.
            try db.execute(sql: "CREATE INDEX object_latest_type ON object(type, seq) WHERE latest = 1")
        }
        migrator.registerMigration("v3-instance-and-taxii-status") { db in
            try db.execute(
                sql: """
                    CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
                    CREATE TABLE taxii_status (
                        id TEXT PRIMARY KEY,
                        organisation_id INTEGER NOT NULL REFERENCES organisation(id),
                        created_at DOUBLE NOT NULL,
                        json BLOB NOT NULL
                    ) WITHOUT ROWID;
                    """)
        }
        migrator.registerMigration("v4-pull-bookmarks") { db in
            try db.execute(
                sql: """
                    CREATE TABLE pull_bookmark (
                        source TEXT NOT NULL,
                        organisation_id INTEGER NOT NULL REFERENCES organisation(id),
                        added_after TEXT NOT NULL,
                        PRIMARY KEY (source, organisation_id)
                    ) WITHOUT ROWID;
                    """)
        }
        return migrator
    }
}
