"""Screenshots of the console for the README: the inbox, a thread page with its drafted reply
and the member's claims, and the supervisors' acceptance dashboard.

Usage (with the demo running, `make run`):
    .venv/bin/python scripts/screenshot.py [--url http://127.0.0.1:8000] [--out docs]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from playwright.sync_api import sync_playwright

CHROMIUM_ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-gpu",
                 "--disable-quic", "--no-first-run", "--disable-component-update"]  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--url", default="http://127.0.0.1:8000")
    parser.add_argument("--username", default="ana")
    parser.add_argument("--password", default="demo-agent-ana")
    parser.add_argument("--supervisor", default="sam")
    parser.add_argument("--supervisor-password", default="demo-supervisor-sam")
    parser.add_argument("--out", type=Path, default=Path("docs"))
    args = parser.parse_args()
    args.out.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS
        )
        page = browser.new_page(viewport={"width": 1400, "height": 900}, base_url=args.url)
        page.goto("/login/")
        page.get_by_label("Username").fill(args.username)
        page.get_by_label("Password").fill(args.password)
        page.get_by_role("button", name="Sign in").click()
        page.goto("/inbox/?tab=open")
        page.screenshot(path=args.out / "screenshot.png")
        # A thread whose member has a flagged claim and whose message has a draft.
        page.goto("/claims/flags/")
        page.locator("table a[href^='/claims/']").first.click()
        thread_link = page.locator("a[href^='/threads/']").first
        if thread_link.count():
            thread_link.click()
        else:
            page.goto("/inbox/?tab=open")
            page.locator("table.threads a").first.click()
        page.wait_for_selector("#conversation")
        page.wait_for_selector("#draft-panel h2")
        page.wait_for_selector("#claims-panel .claims, #claims-panel p")
        page.screenshot(path=args.out / "screenshot-thread.png", full_page=True)
        page.get_by_role("button", name="Sign out").click()
        page.goto("/login/")
        page.get_by_label("Username").fill(args.supervisor)
        page.get_by_label("Password").fill(args.supervisor_password)
        page.get_by_role("button", name="Sign in").click()
        page.goto("/suggestions/dashboard/?bucket=week&since=2026-06-01")
        page.wait_for_selector("#by-agent")
        page.screenshot(path=args.out / "screenshot-dashboard.png", full_page=True)
        browser.close()
    print(f"wrote screenshots to {args.out}")


if __name__ == "__main__":
    main()
