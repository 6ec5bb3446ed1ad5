#!/usr/bin/python3
"""Writes the seed corpus of each fuzz target into tests/fuzz/corpus/<target>/.

Seeds are small: a few hand-written cases per target, some crafted inputs from
tests/hostile/inputs and the sample reports in data/reports (cut to 3 KB). The first
byte of a report_json, report_reader or extract seed selects options (see each
*_fuzz.cpp); 0 means the defaults and, for report_reader, 0/1/2 mean .txt/.json/.jsonl.
Run: /usr/bin/python3 tests/fuzz/make_corpus.py
"""

import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
HOSTILE = os.path.join(ROOT, "tests", "hostile", "inputs")
REPORTS = os.path.join(ROOT, "data", "reports")

BODY = (b"Foreign Minister Sergey Lavrov met Secretary of State Antony Blinken in Geneva. "
        b"He conveyed the greetings of President Vladimir Putin to President Joe Biden.")

JSON_SEEDS = {
    "minimal": b'{"text":"' + BODY + b'"}',
    "all_fields": b'{"id":"r1","title":"Talks","text":"' + BODY +
                  b'","date":"2024-02-29","source":"https://example.org/a"}',
    "number_id": b'{"id":12345678901234567890,"body":"x"}',
    "escapes": b'{"title":"\\u00e9\\ud83d\\ude00\\u0000\\n","text":"a\\tb\\"c\\\\"}',
    "nested_other": b'{"meta":{"a":[1,[2,{"b":null}]]},"text":"t","date":null}',
    "bad_date": b'{"text":"t","date":"2023-02-29","source":7}',
    "duplicate": b'{"text":"a","text":"b"}',
    "deep": b"[" * 70 + b"]" * 70,
    "small_limits": b"\x03" + b'{"title":"T","text":"' + BODY + b'"}',
}
HOSTILE_PICKS = {
    "report_json": ["bom_utf8.json", "depth_65.json", "lone_high_surrogate.json",
                    "raw_control_in_string.jsonl", "trailing_garbage.json", "unclosed_string.json"],
    "report_reader": ["bom_utf8.txt", "crlf.jsonl", "lone_cr.txt", "mixed_good_bad.jsonl",
                      "utf16le_bom.txt", "utf8_truncated.txt", "nul_late.jsonl"],
}
TYPE_BYTE = {".txt": b"\x00", ".json": b"\x01", ".jsonl": b"\x02"}


def write(target, name, data):
    directory = os.path.join(HERE, "corpus", target)
    os.makedirs(directory, exist_ok=True)
    with open(os.path.join(directory, name), "wb") as f:
        f.write(data)


def hostile(name):
    with open(os.path.join(HOSTILE, name), "rb") as f:
        return f.read()[:4096]


def main():
    shutil.rmtree(os.path.join(HERE, "corpus"), ignore_errors=True)
    for name, data in JSON_SEEDS.items():
        option = b"" if data.startswith(b"\x03") else b"\x00"
        write("report_json", name, option + data)
    for name in HOSTILE_PICKS["report_json"]:
        write("report_json", "hostile_" + name, b"\x00" + hostile(name))

    write("report_reader", "txt_report", b"\x00Lavrov meets Blinken\n\n" + BODY + b"\n")
    write("report_reader", "json_report", b"\x01" + JSON_SEEDS["all_fields"])
    write("report_reader", "jsonl_reports",
          b"\x02" + JSON_SEEDS["minimal"] + b"\n\n" + JSON_SEEDS["bad_date"] + b"\r\n{oops}\n")
    write("report_reader", "jsonl_small_limits",
          b"\x0a" + JSON_SEEDS["minimal"] + b"\n" + b'{"text":"ok"}\n')
    for name in HOSTILE_PICKS["report_reader"]:
        extension = os.path.splitext(name)[1]
        write("report_reader", "hostile_" + name, TYPE_BYTE[extension] + hostile(name))

    write("extract", "basic", b"\x00Talks in Geneva\n" + BODY)
    write("extract", "traced", b"\x01" + BODY)
    write("extract", "titles",
          b"\x00H.E. Sheikh Mohammed bin Abdulrahman Al Thani, Prime Minister and Minister of "
          b"Foreign Affairs of Qatar, received Lt. Gen. Ahmed Ali, Chief of Staff of the Kenya "
          b"Defence Forces, and the U.S. Ambassador. They discussed ties.")
    for name in sorted(os.listdir(REPORTS)):
        with open(os.path.join(REPORTS, name), "rb") as f:
            write("extract", "report_" + os.path.splitext(name)[0], b"\x00" + f.read()[:3072])

    write("writers", "empty", b"")
    write("writers", "names",
          b"\x01\x03person:a\x00Emmanuel Macron\x00=cmd|' /C calc'!A0\x00\x01\x02FRA\x00"
          b"\x05\x06country:FRA\x00France\x00\x07\x08")
    write("writers", "controls", bytes(range(0, 64)) + "\uFFFE\uFFFF".encode("utf-8") * 4)
    write("writers", "markup", b'<graph id="x">&amp;"quote";semi,comma\r\n\t' * 3)


if __name__ == "__main__":
    main()
