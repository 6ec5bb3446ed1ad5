#!/usr/bin/python3
"""Writes the hostile reader inputs into tests/hostile/inputs/ (reproducibly).

Each file is small and crafted to break a naive reader: bad encodings, binary data,
malformed or hostile JSON, and text that later stages (XML, CSV, terminals) must
survive. The expected reader outcome of each file is in tests/hostile/expected.tsv.
Run: /usr/bin/python3 tests/hostile/make_inputs.py
"""

import gzip
import json
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "inputs")

BODY = "Foreign Minister Sergey Lavrov met Secretary of State Antony Blinken in Geneva."


def line(obj):
    """One JSON Lines record (ensure_ascii=False keeps the raw UTF-8 bytes)."""
    return json.dumps(obj, ensure_ascii=False).encode("utf-8") + b"\n"


def report(title, text=BODY, **extra):
    return line(dict(title=title, text=text, **extra))


def utf16(text, codec, bom):
    return bom + text.encode(codec)


FILES = {
    # --- invalid UTF-8 of every kind (each kept, with a warning) ---
    "utf8_lone_continuation.txt": b"Talks \x80 in Geneva\nBody \xbf\xbf text.\n",
    "utf8_overlong.txt": b"Overlong slash \xc0\xaf\nOverlong \xe0\x80\xaf and \xf0\x80\x80\xaf.\n",
    "utf8_surrogates.txt": b"Surrogates\nHigh \xed\xa0\x80 low \xed\xbf\xbf.\n",
    "utf8_above_max.txt": b"Above U+10FFFF\n\xf4\x90\x80\x80 \xf5\x80\x80\x80 \xfe \xff\n",
    "utf8_truncated.txt": b"Truncated \xf0\x9f\x98 emoji\nEnds with half a euro \xe2\x82",
    "latin1.txt": b"Caf\xe9 talks\n\x93Quoted\x94 by the minist\xe8re.\n",
    "utf8_invalid_in_json.jsonl": b'{"title": "Bad \xff byte", "text": "ok"}\n',
    "utf8_invalid_outside_string.json": b'{"text": "a"}\xff\n',
    # --- byte-order marks and line ends ---
    "bom_utf8.txt": b"\xef\xbb\xbfTitle after BOM\n" + BODY.encode() + b"\n",
    "bom_utf8.json": b"\xef\xbb\xbf" + report("BOM json"),
    "bom_only.txt": b"\xef\xbb\xbf",
    "crlf.txt": b"CRLF title\r\nLine one.\r\nLine two.\r\n",
    "crlf.jsonl": report("one").replace(b"\n", b"\r\n") + report("two").replace(b"\n", b"\r\n"),
    "lone_cr.txt": b"Lone CR title\rBody line one.\rBody line two.\r",
    "no_trailing_newline.jsonl": report("a") + report("b").rstrip(b"\n"),
    # --- binary data and UTF-16 ---
    "nul_bytes.txt": b"Title\nBody with a \x00 NUL byte.\n",
    "nul_at_start.jsonl": b"\x00\x00\x00\x00" + report("x"),
    "nul_late.jsonl": report("long " + "x" * 5000) + b'{"text": "a\x00b"}\n' + report("after"),
    "binary_garbage.txt": bytes((i * 37 + 11) % 256 for i in range(512)),
    "utf16le_bom.txt": utf16("Title\r\nBody text.\r\n", "utf-16-le", b"\xff\xfe"),
    "utf16be_bom.txt": utf16("Title\nBody text.\n", "utf-16-be", b"\xfe\xff"),
    "utf16le_nobom.jsonl": utf16('{"text": "UTF-16 without BOM"}\n', "utf-16-le", b""),
    "archive.jsonl.gz": gzip.compress(report("zipped"), mtime=0),
    # --- empty things ---
    "empty.txt": b"",
    "empty.jsonl": b"",
    "whitespace_only.txt": b"  \n\t\n \r\n",
    "whitespace_only.json": b"\n  \n",
    "blank_lines_only.jsonl": b"\n\n  \n\r\n",
    "empty_object.json": b"{}",
    "empty_record.json": b'{"title": "", "text": "   "}',
    "title_only.txt": b"Just a headline\n",
    "title_only_no_text.json": b'{"title": "Just a headline"}',
    "title_with_empty_text.json": b'{"title": "Just a headline", "text": ""}',
    # --- malformed JSON ---
    "unclosed_string.json": b'{"title": "T", "text": "never closed}\n',
    "trailing_garbage.json": b'{"text": "a"} {"text": "b"}',
    "root_array.json": b'[{"text": "a"}, {"text": "b"}]',
    "single_quotes.json": b"{'text': 'a'}",
    "comment.json": b'{"text": "a" /* comment */}',
    "mixed_good_bad.jsonl": report("good 1") + b'{"text": "a",}\n' + b'{"title": "no text"}\n'
    + report("good 2"),
    "raw_control_in_string.jsonl": b'{"text": "tab\there"}\n',
    "lone_high_surrogate.json": b'{"text": "\\ud800 alone"}',
    "lone_low_surrogate.json": b'{"text": "\\udc00 alone"}',
    "nul_escape.json": b'{"text": "a\\u0000b"}',
    # --- nesting and numbers ---
    "deep_array.json": b'{"text": "a", "x": ' + b"[" * 100000 + b"]" * 100000 + b"}",
    "deep_unclosed.json": b'{"text": "a", "x": ' + b"[" * 100000,
    "depth_64.json": b'{"text": "a", "x": ' + b"[" * 63 + b"]" * 63 + b"}",
    "depth_65.json": b'{"text": "a", "x": ' + b"[" * 64 + b"]" * 64 + b"}",
    "huge_numbers.jsonl": b'{"id": 123456789012345678901234567890, "text": "a"}\n'
    + b'{"id": "b", "text": "b", "n": 1e400}\n'
    + b'{"id": "c", "text": "c", "n": -1e-400, "m": ' + b"9" * 400 + b"}\n",
    # --- wrong shapes ---
    "id_object.json": b'{"id": {"$oid": "1"}, "text": "a"}',
    "id_null.json": b'{"id": null, "text": "a"}',
    "text_array.json": b'{"text": ["para 1", "para 2"]}',
    "text_number.json": b'{"text": 42}',
    "duplicate_keys.json": b'{"text": "first", "text": "second"}',
    "text_and_body.json": b'{"text": "first", "body": "second"}',
    "bad_dates.jsonl": report("d1", date="05/05/2022") + report("d2", date="2022-13-01")
    + report("d3", date="2023-02-29") + report("d4", date="2024-02-29") + report("d5", date=20220505),
    # found by tests/fuzz: a '-' in a digit position overran the date parser's parts
    "misplaced_dashes_date.jsonl": report("m1", date="2023--2-29") + report("m2", date="2024-02--9")
    + report("m3", date="2---------") + report("m4", date="----------"),
    # --- hostile names for later stages (read as ordinary text) ---
    "control_chars_in_names.jsonl": report("Sergey\u0007 Lavrov", "Met \u001b[31mAntony\u001b[0m"
                                           " Blinken\u0001 and \u007fX."),
    "control_chars_raw.txt": b"Raw \x01 controls\nMet \x1b[31mAntony\x1b[0m Blinken\x08.\n",
    "markup_names.json": report("<b>Lavrov</b> & \"Blinken\" 'meet'",
                                "Met O'Brien & <Smith> ]]> <![CDATA[ x ]]> &amp; &#0;"),
    "formula_names.txt": "=cmd|' /C calc'!A0\nMet +SUM(1+1) and -2+3 and @HYPERLINK(\"x\").\n"
    .encode(),
    "rtl_override.txt": "Lavrov \u202emet\u202c Blinken\nAbu \u2067Dhabi\u2069 \u200f.\n"
    .encode(),
    "zero_width.txt": "Ser\u200dgey Lav\u200crov\nAnto\u200bny Blin\ufeffken met.\n".encode(),
    "emoji.txt": "Leaders meet \U0001F91D\U0001F3FD\nFamily \U0001F468\u200D\U0001F469"
    "\u200D\U0001F467 and flag \U0001F1FA\U0001F1F8.\n".encode(),
    "mixed_scripts.jsonl": report("عبد الله بن زايد يستقبل بلينكن", date="2022-05-17")
    + report("Лавров встретился с Блинкеном") + report("王毅会见布林肯"),
    "combining_marks.txt": "Zalgo Z\u0351\u0352\u0353a\u0354l\u0355go\nNFD Jose\u0301 and NFC Jos\u00e9.\n"
    .encode(),
    # --- size ---
    "one_mb_line.txt": b"x" * (1 << 20),
    "one_mb_line.jsonl": b'{"text": "' + b"y" * (1 << 20) + b'"}\n',
}

# Symbolic links that cannot be followed: the reader must fail, not crash or hang.
SYMLINKS = {
    "dangling_symlink.txt": "does_not_exist.txt",
    "symlink_loop.json": "symlink_loop.json",
}


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    for name, data in sorted(FILES.items()):
        with open(os.path.join(OUT, name), "wb") as out:
            out.write(data)
    for name, target in sorted(SYMLINKS.items()):
        os.symlink(target, os.path.join(OUT, name))
    print(f"wrote {len(FILES) + len(SYMLINKS)} inputs to {OUT}")


if __name__ == "__main__":
    main()
