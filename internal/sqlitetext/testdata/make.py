#!/usr/bin/env python3
"""Writes the SQLite fixtures of sqlitetext_test.go with Python's sqlite3.

The phrases are public BIP-39 test vectors (trezor/python-mnemonic
vectors.json), never a wallet's. Run from this directory: python3 make.py
"""
import os
import sqlite3

VECTOR = "legal winner thank year wave sausage worth useful legal winner thank yellow"
VECTOR24 = ("letter advice cage absurd amount doctor acoustic avoid letter advice cage absurd "
            "amount doctor acoustic avoid letter advice cage absurd amount doctor acoustic bless")


def fresh(name, encoding=None):
    if os.path.exists(name):
        os.remove(name)
    c = sqlite3.connect(name)
    c.execute("PRAGMA page_size=1024")
    if encoding:
        c.execute("PRAGMA encoding='%s'" % encoding)
    return c


def long_text():
    # More than a page: read back through overflow pages.
    return "".join("line %04d of a long note\n" % i for i in range(400))


# A notes app: the phrase right after the title column ("wallet"), glued
# to it in the file's bytes; enough rows for interior pages; a note longer
# than a page.
c = fresh("notes.sqlite")
c.execute("CREATE TABLE notes(id INTEGER PRIMARY KEY, title TEXT, body TEXT, ts INTEGER)")
for i in range(300):
    c.execute("INSERT INTO notes(title, body, ts) VALUES (?, ?, ?)",
              ("note %d" % i, "lorem ipsum dolor sit amet %d" % i, 1700000000 + i))
c.execute("INSERT INTO notes(title, body, ts) VALUES (?, ?, ?)", ("wallet", VECTOR, 1700000000))
c.execute("INSERT INTO notes(title, body, ts) VALUES (?, ?, ?)", ("long", long_text(), 1))
c.execute("CREATE INDEX notes_title ON notes(title)")
c.commit()
c.close()

# UTF-16 text, and a table WITHOUT ROWID (an index b-tree).
c = fresh("utf16.sqlite", "UTF-16le")
c.execute("CREATE TABLE kv(k TEXT PRIMARY KEY, v TEXT) WITHOUT ROWID")
for i in range(200):
    c.execute("INSERT INTO kv VALUES (?, ?)", ("key%03d" % i, "value %d" % i))
c.execute("INSERT INTO kv VALUES (?, ?)", ("seed", VECTOR24))
c.commit()
c.close()

# Windows Sticky Notes' plum.sqlite: a note's paragraphs each after an
# "\id=<GUID> " marker, the phrase a paragraph of its own (so it is found in
# the file's bytes too).
c = fresh("plum.sqlite")
c.execute('CREATE TABLE "Note" ("Text" varchar, "WindowPosition" varchar, "IsOpen" integer, '
          '"Theme" varchar, "Id" varchar primary key not null, "CreatedAt" bigint, "UpdatedAt" bigint)')
paras = ["Shopping", "milk and bread", VECTOR, "call the bank"]
text = "\n".join("\\id=%08x-0000-4000-8000-%012x %s" % (i, i, p) for i, p in enumerate(paras))
c.execute('INSERT INTO Note VALUES (?, ?, ?, ?, ?, ?, ?)',
          (text, "ManagedPosition=DeviceId:\\\\?\\DISPLAY#Default_Monitor;Position=1234,56;Size=320,320",
           1, "Yellow", "4d2b8a6e-0000-4000-8000-000000000001", 638400000000000000, 638400000000000000))
c.commit()
c.close()

# Apple Notes' NoteStore.sqlite: each note's text in ZICNOTEDATA.ZDATA as
# gzip of a protobuf message (NoteStoreProto > Document > Note, the text
# in the note's field 2, beside attribute runs); and an app's cache of
# zlib-compressed values with the text among binary bytes.
import gzip
import zlib


def varint(n):
    out = b""
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out += bytes([b | 0x80])
        else:
            return out + bytes([b])


def field(n, payload):
    if isinstance(payload, int):
        return varint(n << 3) + varint(payload)
    return varint(n << 3 | 2) + varint(len(payload)) + payload


def note_blob(text):
    run = field(1, 5) + field(2, field(1, 0))  # an attribute run
    note = field(2, text.encode()) + field(5, run) + field(5, run)
    document = field(1, 0) + field(2, 0) + field(3, note)
    proto = field(1, 0) + field(2, document)
    return gzip.compress(proto, mtime=0)


c = fresh("notestore.sqlite")
c.execute("CREATE TABLE ZICNOTEDATA (Z_PK INTEGER PRIMARY KEY, Z_ENT INTEGER, Z_OPT INTEGER, ZNOTE INTEGER, ZDATA BLOB)")
notes = ["Groceries\nmilk, eggs, bread", "Wallet backup\n" + VECTOR + "\nkeep offline",
         "Long note\n" + long_text()]
for i, t in enumerate(notes):
    c.execute("INSERT INTO ZICNOTEDATA (Z_ENT, Z_OPT, ZNOTE, ZDATA) VALUES (?, ?, ?, ?)", (9, 1, i + 1, note_blob(t)))
c.execute("CREATE TABLE cache (k TEXT, v BLOB)")
c.execute("INSERT INTO cache VALUES (?, ?)",
          ("seed", zlib.compress(b"\x00\x01\x02\xff" + VECTOR24.encode() + b"\x00\x07\x08")))
c.commit()
c.close()

# WebKit's localStorage (Safari, iOS WKWebView): ItemTable, each value
# UTF-16LE text in a BLOB column; one value that is binary, not text.
c = fresh("webkit.localstorage")
c.execute("CREATE TABLE ItemTable (key TEXT UNIQUE ON CONFLICT REPLACE, value BLOB NOT NULL ON CONFLICT FAIL)")
c.execute("INSERT INTO ItemTable VALUES (?, ?)", ("wallet.lang", "français".encode("utf-16-le")))
c.execute("INSERT INTO ItemTable VALUES (?, ?)", ("wallet.backup", ("clé : " + VECTOR).encode("utf-16-le")))
c.execute("INSERT INTO ItemTable VALUES (?, ?)", ("wallet.icon", bytes(range(0x90, 0xd0))))
c.commit()
c.close()

# Messages' chat.db: a message whose text is NULL and whose attributedBody
# is the NSAttributedString NSArchiver wrote (a typedstream).
def typedstream(text):
    t = text.encode("utf-8")
    n = bytes([len(t)]) if len(t) < 0x80 else b"\x81" + len(t).to_bytes(2, "little")
    return (b"\x04\x0bstreamtyped\x81\xe8\x03\x84\x01@\x84\x84\x84\x12NSAttributedString\x00\x84\x84\x08NSObject\x00"
            b"\x85\x92\x84\x84\x84\x08NSString\x01\x94\x84\x01+" + n + t + b"\x86\x84\x02iI\x01\x13\x92\x84\x84\x84\x0cNSDictionary\x00")


c = fresh("chat.db")
c.execute("CREATE TABLE message (ROWID INTEGER PRIMARY KEY AUTOINCREMENT, guid TEXT, text TEXT, attributedBody BLOB, date INTEGER)")
c.execute("INSERT INTO message (guid, text, attributedBody, date) VALUES (?, ?, ?, ?)",
          ("A1", "see you tonight", typedstream("see you tonight"), 1))
c.execute("INSERT INTO message (guid, text, attributedBody, date) VALUES (?, ?, ?, ?)",
          ("A2", None, typedstream("wallet words, don't screenshot:\n" + VECTOR), 2))
c.commit()
c.close()


# Firefox's IndexedDB (storage/default/<origin>/idb/*.sqlite): each
# value of object_data.data is SpiderMonkey's structured clone in a
# Snappy block (written here with literals only, which Snappy allows).
# Strings: a 64-bit word of SCTAG_STRING and the length (top bit set for
# Latin-1), then the characters padded to 8 bytes.
def sc_string(s, latin1):
    b = s.encode("latin-1") if latin1 else s.encode("utf-16-le")
    head = len(s) | (0x80000000 if latin1 else 0)
    out = head.to_bytes(4, "little") + (0xFFFF0004).to_bytes(4, "little") + b
    return out + b"\x00" * (-len(out) % 8)


def sc_word(data, tag):
    return data.to_bytes(4, "little") + tag.to_bytes(4, "little")


def snappy_literal(b):
    n, out = len(b), bytearray()
    while True:  # the decoded length, a varint
        out.append((n & 0x7F) | (0x80 if n > 0x7F else 0))
        n >>= 7
        if not n:
            break
    for i in range(0, len(b), 256):
        chunk = b[i:i + 256]
        if len(chunk) <= 60:
            out.append((len(chunk) - 1) << 2)
        else:
            out += bytes([60 << 2, len(chunk) - 1])
        out += chunk
    return bytes(out)


clone = (sc_word(0, 0xFFF10000) + sc_word(0, 0xFFFF0008) + sc_string("name", True) + sc_string("café wallet", True)
         + sc_string("phrase", True) + sc_string(VECTOR, False) + sc_word(0, 0xFFFF0013))
c = fresh("idb.sqlite")
c.execute("CREATE TABLE object_data (object_store_id INTEGER NOT NULL, key BLOB NOT NULL, index_data_values BLOB DEFAULT NULL, "
          "file_ids TEXT, data BLOB NOT NULL, PRIMARY KEY (object_store_id, key)) WITHOUT ROWID")
c.execute("INSERT INTO object_data VALUES (?, ?, ?, ?, ?)", (1, b"\x30wallet-1", None, None, snappy_literal(clone)))
c.commit()
c.close()


# A Lightning wallet's tables: two API keys of 32 hex digits side by side
# in a row (LNbits' wallets), a key column named for the key it holds
# (Boltz's swaps), and a key-value table whose generic "value" column the
# row's key names. The values are SHA-256 digests of labels, no wallet's.
def digest(label):
    import hashlib
    return hashlib.sha256(label.encode()).hexdigest()


c = fresh("lnbits.sqlite")
c.execute("CREATE TABLE wallets (id TEXT PRIMARY KEY, name TEXT, user TEXT, adminkey TEXT, inkey TEXT)")
c.execute("INSERT INTO wallets VALUES (?, ?, ?, ?, ?)", (digest("id")[:32], "wallet 0", digest("user")[:32], digest("admin")[:32], digest("in")[:32]))
c.execute("CREATE TABLE \"boltz.submarineswap\" (id TEXT, refund_privkey TEXT, status TEXT)")
c.execute("INSERT INTO \"boltz.submarineswap\" VALUES (?, ?, ?)", ("swap1", digest("refund"), "pending"))
c.execute("CREATE TABLE kv (key TEXT, value TEXT)")
c.execute("INSERT INTO kv VALUES (?, ?)", ("wallet_pk", digest("kv")))
c.commit()
c.close()
