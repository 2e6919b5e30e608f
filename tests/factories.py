"""Factories for test data. Names are fake; nothing here is real member data."""

from __future__ import annotations

import datetime as dt

import factory
from django.contrib.auth.models import Group
from django.utils import timezone

from careteam.models import Member, Message, Team, Thread, User
from careteam.roles import Role

PASSWORD = "correct-horse-battery-staple"


class TeamFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Team
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Team {n}")


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"staff{n}")
    first_name = factory.Faker("first_name")
    last_name = factory.Faker("last_name")
    password = factory.django.Password(PASSWORD)

    @factory.post_generation
    def role(self, create: bool, extracted: Role | None, **kwargs: object) -> None:
        if create and extracted:
            self.groups.add(Group.objects.get(name=extracted.value))

    @factory.post_generation
    def team(self, create: bool, extracted: Team | None, **kwargs: object) -> None:
        if create and extracted:
            self.teams.add(extracted)


class MemberFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Member
        skip_postgeneration_save = True

    member_id = factory.Sequence(lambda n: f"M{100000 + n}")
    first_name = factory.Faker("first_name")
    last_name = factory.Faker("last_name")
    date_of_birth = factory.Faker("date_of_birth", minimum_age=1, maximum_age=90)
    sex = Member.Sex.FEMALE
    state = "CA"
    plan = "Gold PPO"

    @factory.post_generation
    def teams(self, create: bool, extracted: list[Team] | None, **kwargs: object) -> None:
        """MemberFactory(teams=[team]) enrols the member with those teams."""
        if create and extracted:
            self.teams.add(*extracted)


class ThreadFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Thread
        skip_postgeneration_save = True

    team = factory.SubFactory(TeamFactory)
    member = factory.SubFactory(MemberFactory)
    subject = factory.Sequence(lambda n: f"Question about my bill #{n}")
    topic = Thread.Topic.EOB_QUESTION
    status = Thread.Status.OPEN
    created_at = factory.LazyFunction(timezone.now)
    updated_at = factory.LazyAttribute(lambda thread: thread.created_at)
    last_message_at = factory.LazyAttribute(lambda thread: thread.created_at)
    closed_at = factory.LazyAttribute(
        lambda thread: thread.created_at if thread.status == Thread.Status.CLOSED else None
    )

    @factory.post_generation
    def enrol(self, create: bool, extracted: object, **kwargs: object) -> None:
        # A team has threads only with the members it serves.
        if create:
            self.member.teams.add(self.team)


class MessageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Message

    thread = factory.SubFactory(ThreadFactory)
    direction = Message.Direction.INBOUND
    text = factory.Faker("sentence")
    created_at = factory.LazyFunction(lambda: timezone.now() - dt.timedelta(minutes=5))
