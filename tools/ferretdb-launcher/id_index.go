package main

import (
	"context"
	"database/sql"
	"fmt"
	"log/slog"
	"path/filepath"
	"time"

	_ "modernc.org/sqlite" // FerretDB's own SQLite driver (pure Go): no new dependency
)

// FerretDB v1 hands an exact `{_id: value}` filter to SQLite as `WHERE _ferretdb_sjson->'$._id' = ?`, but
// the unique index it creates for `_id` is on a differently written expression, which SQLite does not
// match: every lookup scanned the table (≈ 1 µs a row, so 100 ms at 100,000 documents). This adds, to
// every collection table, an index on exactly the expression FerretDB queries, so `_id` lookups are
// O(log n) as they are on MongoDB. FerretDB does not know about it and needs not: it only speeds reads.

const idIndexInterval = 500 * time.Millisecond

// keepIDIndexes checks every database file for new collection tables until ctx ends.
func keepIDIndexes(ctx context.Context, dir string, logger *slog.Logger) {
	ticker := time.NewTicker(idIndexInterval)
	defer ticker.Stop()
	for {
		if err := ensureIDIndexes(ctx, dir); err != nil {
			logger.ErrorContext(ctx, "ferretdb-launcher: _id lookup index", "error", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-ticker.C:
		}
	}
}

func ensureIDIndexes(ctx context.Context, dir string) error {
	files, err := filepath.Glob(filepath.Join(dir, "*.sqlite"))
	if err != nil {
		return err
	}
	for _, file := range files {
		if err := ensureFileIDIndexes(ctx, file); err != nil {
			return fmt.Errorf("%s: %w", filepath.Base(file), err)
		}
	}
	return nil
}

func ensureFileIDIndexes(ctx context.Context, file string) error {
	db, err := sql.Open("sqlite", "file:"+filepath.ToSlash(file)+"?_pragma=busy_timeout(10000)")
	if err != nil {
		return err
	}
	defer db.Close()

	rows, err := db.QueryContext(ctx, `SELECT table_name FROM _ferretdb_collections`)
	if err != nil {
		return nil // a database file FerretDB has not set up yet
	}
	var tables []string
	for rows.Next() {
		var table string
		if err := rows.Scan(&table); err != nil {
			rows.Close()
			return err
		}
		tables = append(tables, table)
	}
	rows.Close()

	for _, table := range tables {
		q := fmt.Sprintf(`CREATE INDEX IF NOT EXISTS %q ON %q (_ferretdb_sjson->'$._id')`, table+"_id_lookup", table)
		if _, err := db.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("%s: %w", table, err)
		}
	}
	return nil
}
