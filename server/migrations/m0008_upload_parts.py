"""Migration 8: tus uploads on object storage keep their multipart upload in the database.

An upload received into an S3-compatible bucket (``--storage-url``) is an S3
multipart upload (server/uploads/multipart.py). What a node needs to go on with
it, or to answer HEAD, lives here rather than in any process, so every node
and a restarted one read the same state:

* ``uploads.multipart_id``: the bucket's UploadId (NULL on the disk store, or
  before it was made);
* ``uploads.incomplete_size``: the bytes held in the ``uploads/<id>.part``
  object, below S3's 5 MiB smallest part (counted in ``offset``);
* ``upload_parts``: the parts sent, their ETags and sizes, in order.

Uploads on the disk store leave all of it empty.
"""

from __future__ import annotations

from ..db import Connection


def up(conn: Connection) -> None:
    conn.execute("ALTER TABLE uploads ADD COLUMN multipart_id TEXT")
    conn.execute("ALTER TABLE uploads ADD COLUMN incomplete_size INTEGER NOT NULL DEFAULT 0")
    conn.execute(
        "CREATE TABLE upload_parts ("
        " upload_id TEXT NOT NULL REFERENCES uploads (id) ON DELETE CASCADE,"
        " part_number INTEGER NOT NULL,"
        " etag TEXT NOT NULL,"
        " size INTEGER NOT NULL,"
        " PRIMARY KEY (upload_id, part_number))"
    )
