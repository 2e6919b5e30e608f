from django.conf import settings
from django.core.management.base import BaseCommand

from careteam.demo.seed import DEMO_API_TOKEN, DEMO_LOGINS, MEMBER_ID_PREFIX


class Command(BaseCommand):
    help = "Print the demo logins and the demo API token (DEBUG only)."

    def handle(self, *args: object, **options: object) -> None:
        if not settings.DEBUG:
            self.stdout.write("Demo logins exist only in the demo (DEBUG=1).")
            return
        self.stdout.write("\nCare-team console: http://127.0.0.1:8000/\n")
        self.stdout.write(f"  {'role':<12} {'username':<10} password")
        for login in DEMO_LOGINS:
            self.stdout.write(f"  {login.role.value:<12} {login.username:<10} {login.password}")
        self.stdout.write(
            "\nPost a member message as the member app would:\n"
            "  curl -X POST http://127.0.0.1:8000/api/v1/messages \\\n"
            f'    -H "Authorization: Bearer {DEMO_API_TOKEN}" \\\n'
            '    -H "Idempotency-Key: demo-$(date +%s)" -H "Content-Type: application/json" \\\n'
            f'    -d \'{{"member_id": "{MEMBER_ID_PREFIX}000001", '
            '"text": "Why was I billed twice for my visit?"}\'\n'
        )
