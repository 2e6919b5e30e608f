"""Who the demo's members are: fictional names, states and plans.

What they ask and how the team answers lives in suggestions/demo/data/history (one file of
intents per topic family), grounded in each member's claims.
"""

from __future__ import annotations

FIRST_NAMES = [
    "Maria", "James", "Aisha", "Robert", "Linh", "David", "Priya", "Michael", "Sofia", "Daniel",
    "Keisha", "Thomas", "Mei", "Carlos", "Hannah", "Andre", "Olivia", "Samuel", "Fatima", "Ethan",
    "Grace", "Luis", "Naomi", "Victor", "Chloe", "Omar", "Rosa", "Kevin", "Yuki", "Marcus",
    "Elena", "Jamal", "Ingrid", "Tyrone", "Leah", "Hector", "Amara", "Peter", "Nadia", "Wesley",
]  # fmt: skip
LAST_NAMES = [
    "Alvarez", "Brennan", "Chowdhury", "Delacroix", "Eriksen", "Fontaine", "Galloway", "Hakimi",
    "Iverson", "Jablonski", "Kowalczyk", "Lindqvist", "Mbeki", "Nakamura", "Okafor", "Petrakis",
    "Quintero", "Rasmussen", "Santangelo", "Thibodeaux", "Underwood", "Vasquez", "Whitfield",
    "Xiong", "Yamamoto", "Zielinski", "Abernathy", "Bellweather", "Castellano", "Dunmore",
]  # fmt: skip
STATES = ["CA", "TX", "NY", "FL", "IL", "PA", "OH", "GA", "NC", "MI", "WA", "AZ", "MA", "CO",
          "OR", "MN", "NJ", "VA", "TN", "WI"]  # fmt: skip
PLANS = ["Gold PPO", "Silver HMO", "Bronze EPO", "Platinum PPO", "Medicare Advantage HMO",
         "Silver PPO", "High-Deductible HSA"]  # fmt: skip
PLAN_PHONE = "1-800-555-0142"
