package main

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"strings"
	"sync"
)

// FerretDB v1 applies an update as read-modify-write of the whole document in Go, outside any SQLite
// transaction: two updates of one document at the same moment both succeed and the later write overwrites
// the earlier one's fields. A compare-and-set (`updateOne({_id, revision}, …)`) or `$addToSet` is therefore
// not atomic, and acknowledged writes were lost. The launcher sits in front of FerretDB on the public port
// and lets one write command at a time through, holding the gate until FerretDB has answered it, so every
// single-document write is atomic as on MongoDB, across every client and API process of this database.
// Reads pass freely: each document is stored by one SQLite statement, so a read sees it before or after.
// Cost: writes of one database queue behind each other (a write filtered on anything but `_id` scans the
// collection while it holds the gate).

const (
	opMsg          = 2013
	headerBytes    = 16
	maxMessageSize = 48 * 1024 * 1024 // MongoDB's maxMessageSizeBytes
	flagMoreToCome = 1 << 1
)

// writeCommands are the commands that change documents; the gate serialises exactly these.
var writeCommands = map[string]bool{"insert": true, "update": true, "delete": true, "findandmodify": true}

// wireMessage is one MongoDB wire-protocol message, header included.
type wireMessage []byte

func (m wireMessage) requestID() int32  { return int32(binary.LittleEndian.Uint32(m[4:8])) }
func (m wireMessage) responseTo() int32 { return int32(binary.LittleEndian.Uint32(m[8:12])) }
func (m wireMessage) opCode() int32     { return int32(binary.LittleEndian.Uint32(m[12:16])) }

// commandName is the first key of an OP_MSG's body section ("" for other messages).
func (m wireMessage) commandName() string {
	if m.opCode() != opMsg || len(m) < headerBytes+4 {
		return ""
	}
	sections := m[headerBytes+4:]
	for len(sections) > 0 {
		kind, rest := sections[0], sections[1:]
		if len(rest) < 4 {
			return ""
		}
		size := int(binary.LittleEndian.Uint32(rest[:4]))
		if size < 5 || size > len(rest) {
			return ""
		}
		if kind == 0 {
			// BSON document: int32 length, then type byte and the first element's name as a C string.
			doc := rest[:size]
			if end := indexByte(doc[5:], 0); end >= 0 {
				return string(doc[5 : 5+end])
			}
			return ""
		}
		sections = rest[size:] // kind 1: a document sequence, its size counts itself
	}
	return ""
}

func (m wireMessage) isWrite() bool {
	return writeCommands[strings.ToLower(m.commandName())]
}

func (m wireMessage) expectsReply() bool {
	if m.opCode() != opMsg {
		return true
	}
	return binary.LittleEndian.Uint32(m[headerBytes:headerBytes+4])&flagMoreToCome == 0
}

func indexByte(b []byte, c byte) int {
	for i, x := range b {
		if x == c {
			return i
		}
	}
	return -1
}

func readMessage(r io.Reader) (wireMessage, error) {
	var header [headerBytes]byte
	if _, err := io.ReadFull(r, header[:]); err != nil {
		return nil, err
	}
	size := int(binary.LittleEndian.Uint32(header[:4]))
	if size < headerBytes || size > maxMessageSize {
		return nil, fmt.Errorf("wire message of %d bytes", size)
	}
	msg := make(wireMessage, size)
	copy(msg, header[:])
	if _, err := io.ReadFull(r, msg[headerBytes:]); err != nil {
		return nil, err
	}
	return msg, nil
}

// writeGate lets one write command through at a time, for every connection of the launcher.
type writeGate struct{ mu sync.Mutex }

// serveThroughGate accepts clients on listener and relays each to FerretDB at upstream until ctx ends.
func serveThroughGate(ctx context.Context, listener net.Listener, upstream string, logger *slog.Logger) {
	gate := &writeGate{}
	go func() {
		<-ctx.Done()
		listener.Close()
	}()
	for {
		client, err := listener.Accept()
		if err != nil {
			if ctx.Err() == nil && !errors.Is(err, net.ErrClosed) {
				logger.ErrorContext(ctx, "ferretdb-launcher: accept", "error", err)
			}
			return
		}
		go relay(client, upstream, gate, logger)
	}
}

// relay copies messages both ways between one client and its own FerretDB connection. A write takes the
// gate before it is forwarded and gives it back when its reply has been passed to the client.
func relay(client net.Conn, upstream string, gate *writeGate, logger *slog.Logger) {
	defer client.Close()
	server, err := net.Dial("tcp", upstream)
	if err != nil {
		logger.Error("ferretdb-launcher: connect to FerretDB", "error", err)
		return
	}
	defer server.Close()

	var mu sync.Mutex
	awaited := map[int32]bool{} // request ids of writes holding the gate
	release := func(requestID int32) {
		mu.Lock()
		defer mu.Unlock()
		if awaited[requestID] {
			delete(awaited, requestID)
			gate.mu.Unlock()
		}
	}
	defer func() {
		// A connection that dies mid-write must not keep every other writer out.
		mu.Lock()
		defer mu.Unlock()
		for id := range awaited {
			delete(awaited, id)
			gate.mu.Unlock()
		}
	}()

	replies := make(chan struct{})
	go func() {
		defer close(replies)
		defer client.Close()
		for {
			reply, err := readMessage(server)
			if err != nil {
				return
			}
			_, err = client.Write(reply)
			release(reply.responseTo())
			if err != nil {
				return
			}
		}
	}()

	for {
		request, err := readMessage(client)
		if err != nil {
			break
		}
		if request.isWrite() && request.expectsReply() {
			gate.mu.Lock()
			mu.Lock()
			awaited[request.requestID()] = true
			mu.Unlock()
		}
		if _, err := server.Write(request); err != nil {
			break
		}
	}
	server.Close()
	<-replies
}
