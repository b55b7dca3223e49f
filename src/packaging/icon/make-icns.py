"""Writes rehearse.icns (macOS) from the 128, 256 and 512 px renders: an 'icns' header, then one PNG entry each."""
import struct

ENTRIES = [(b"ic07", "png/rehearse-128.png"), (b"ic08", "png/rehearse-256.png"), (b"ic09", "png/rehearse-512.png")]

body = b""
for kind, path in ENTRIES:
    with open(path, "rb") as png:
        data = png.read()
    body += kind + struct.pack(">I", len(data) + 8) + data
with open("rehearse.icns", "wb") as icns:
    icns.write(b"icns" + struct.pack(">I", len(body) + 8) + body)
