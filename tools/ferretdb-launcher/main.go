// Command ferretdb-launcher serves the MongoDB wire protocol on a local port by embedding FerretDB v1
// with its SQLite backend, behind a gate that makes each write command atomic (write_gate.go). It exists because no MongoDB server can be installed on the development and
// CI machines; tests and `npm start` use it, production uses real MongoDB.
//
// Usage:
//
//	ferretdb-launcher --port 0 --data-dir .data/mongo
//
// Once the port is bound it prints exactly one line, `ready mongodb://127.0.0.1:PORT/`, on stdout.
// It stops cleanly on SIGINT or SIGTERM.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"syscall"

	"github.com/FerretDB/FerretDB/ferretdb"
)

func main() {
	port := flag.Int("port", 0, "TCP port on 127.0.0.1 (0 picks a free one)")
	dataDir := flag.String("data-dir", "", "directory for the SQLite files (created if missing)")
	watchStdin := flag.Bool("exit-on-stdin-eof", false, "stop when stdin closes (the parent process died)")
	flag.Parse()

	if err := run(*port, *dataDir, *watchStdin); err != nil {
		fmt.Fprintln(os.Stderr, "ferretdb-launcher:", err)
		os.Exit(1)
	}
}

func run(port int, dataDir string, watchStdin bool) error {
	if dataDir == "" {
		return fmt.Errorf("--data-dir is required")
	}
	if port < 0 || port > 65535 {
		return fmt.Errorf("--port must be 0..65535")
	}
	abs, err := filepath.Abs(dataDir)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(abs, 0o700); err != nil {
		return err
	}

	// Clients reach FerretDB only through the write gate (write_gate.go) on the public port; FerretDB itself
	// listens on a second loopback port. FerretDB does not report the port it bound when given :0, so pick
	// one; the tiny window between closing the probe and FerretDB binding it is acceptable for local use.
	public, err := net.Listen("tcp", net.JoinHostPort("127.0.0.1", strconv.Itoa(port)))
	if err != nil {
		return err
	}
	innerPort, err := freePort()
	if err != nil {
		return err
	}
	inner := net.JoinHostPort("127.0.0.1", strconv.Itoa(innerPort))

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()

	// A parent killed with SIGKILL cannot stop us; its end of our stdin closing is the signal instead.
	if watchStdin {
		go func() {
			_, _ = io.Copy(io.Discard, os.Stdin)
			stop()
		}()
	}

	// Log level error: at warn FerretDB dumps every failed command, including expected duplicate keys.
	logger := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelError}))

	f, err := ferretdb.New(&ferretdb.Config{
		Listener:  ferretdb.ListenerConfig{TCP: inner},
		Handler:   "sqlite",
		SQLiteURL: "file:" + filepath.ToSlash(abs) + "/", // must name an existing directory and end with /
		Logger:    logger,
	})
	if err != nil {
		return err
	}

	done := make(chan error, 1)
	go func() { done <- f.Run(ctx) }()
	go keepIDIndexes(ctx, abs, logger)

	// MongoDBURI blocks until FerretDB's listener is bound, so the ready line is never early.
	f.MongoDBURI()
	go serveThroughGate(ctx, public, inner, logger)
	fmt.Printf("ready mongodb://%s/\n", public.Addr().String())

	if err := <-done; err != nil && ctx.Err() == nil {
		return err
	}
	return nil
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}
