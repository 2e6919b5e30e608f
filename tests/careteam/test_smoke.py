import pytest

pytestmark = pytest.mark.django_db


def test_agent_sees_their_teams_thread_on_the_inbox(as_user, agent, thread):
    response = as_user(agent).get("/inbox/?tab=open")
    assert response.status_code == 200
    assert thread.subject in response.content.decode()
