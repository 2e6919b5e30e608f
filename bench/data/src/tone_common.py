"""Writing a tone set: one JSON line per text, {"text": ..., "abusive": true|false}."""
import json
import pathlib


def write_tone_set(name, abusive, civil):
    out = pathlib.Path(__file__).resolve().parent.parent / name
    with out.open("w", encoding="utf-8") as fh:
        for text in abusive:
            fh.write(json.dumps({"text": text, "abusive": True}, ensure_ascii=False) + "\n")
        for text in civil:
            fh.write(json.dumps({"text": text, "abusive": False}, ensure_ascii=False) + "\n")
    return out
