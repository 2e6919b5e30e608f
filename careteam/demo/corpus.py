"""What demo members ask and how the demo team answers: the same intents in many wordings.

Replies follow a few recognisable templates per intent with the member's own facts filled in,
as a real team's replies do; the suggestion model of a later issue learns from them. Every name,
number and provider here is fictional.
"""

from __future__ import annotations

from dataclasses import dataclass

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
PROVIDERS = [
    "Riverside Imaging Center", "Dr. Anjali Patel", "Lakeview Family Medicine", "Northgate Urgent Care",
    "St. Brigid Regional Hospital", "Summit Orthopedic Group", "Dr. Samuel Okonkwo",
    "Clearwater Physical Therapy", "Harborview Laboratory Services", "Maple Street Pediatrics",
    "Valley Anesthesia Associates", "Dr. Helen Marsh", "Crestline Dermatology",
    "Bayside Emergency Physicians", "Pinecrest Cardiology",
]  # fmt: skip
SERVICES = ["MRI of the knee", "blood work", "an ER visit", "a physical therapy session",
            "a colonoscopy", "an office visit", "a CT scan", "an ultrasound", "allergy testing",
            "an X-ray", "a sleep study", "a specialist consultation"]  # fmt: skip
PLAN_PHONE = "1-800-555-0142"

OPENERS = ["", "", "Hi, ", "Hello, ", "Good morning. ", "Hi there, ", "Hey, ", "Hello team, ",
           "Hi — ", "Quick question: "]  # fmt: skip
CLOSINGS = ["", "", " Thanks.", " Thank you!", " Thanks in advance.", " Please help.",
            " Appreciate it.", " Can someone call me back?", " This is really stressing me out."]  # fmt: skip


@dataclass(frozen=True)
class Intent:
    key: str
    topic: str
    subject: str
    questions: tuple[str, ...]
    details: tuple[str, ...]
    replies: tuple[str, ...]
    weight: int


INTENTS: tuple[Intent, ...] = (
    Intent(
        "deductible_not_met",
        "deductible",
        "Why do I owe for {service}?",
        (
            "why do I have to pay {amount} for {service} when I have insurance?",
            "I got a bill for {amount} from {provider}. Isn't my insurance supposed to cover this?",
            "my insurance paid nothing on my claim for {service}. Why?",
            "why am I being charged the full {amount}? I thought I was covered",
            "i have coverage so why is {provider} billing me {amount}??",
            "the EOB says I owe {amount} for {service} on {date}. I don't understand why.",
            "can you explain why my plan didn't pay for {service}?",
        ),
        (
            "The claim number is {claim}.",
            "It was on {date}.",
            "",
            "Claim {claim}, date of service {date}.",
        ),
        (
            "Hi {first_name}, thanks for reaching out. I looked at claim {claim} for your visit with {provider} on {date}. The allowed amount of {amount} was applied to your deductible, which is why the plan did not pay on this claim. You have now met {met} of your {deductible} deductible; once it is met, the plan starts sharing costs. Let me know if you have any other questions. — {agent_name}",
            "Hello {first_name}, I reviewed claim {claim} ({service} on {date}). The {amount} went toward your annual deductible of {deductible}, so it is your share for now. So far you have met {met}, leaving {remaining} before your coinsurance starts. If anything on the bill does not match, call us at {phone}. {agent_name}",
            "Hi {first_name}, the charge of {amount} from {provider} on {date} (claim {claim}) was processed correctly: it counts toward your deductible, which has {remaining} left this year. After that the plan pays its share. Happy to help with anything else. {agent_name}",
        ),
        14,
    ),
    Intent(
        "deductible_remaining",
        "deductible",
        "How much of my deductible is left?",
        (
            "how much of my deductible have I met so far?",
            "can you tell me how much is left on my deductible this year?",
            "where am I with my deductible?",
            "how close am I to meeting my deductible and out of pocket max?",
            "I'm planning {service}. How much deductible do I still have?",
        ),
        ("", "Just want to plan ahead.", "My plan is the {plan}."),
        (
            "Hi {first_name}, as of today you have met {met} of your {deductible} individual deductible, so {remaining} remains. Your claims from {provider} on {date} were the latest to count toward it. — {agent_name}",
            "Hello {first_name}, you have {remaining} left on your {deductible} deductible for this plan year ({met} met so far). Once it is met, you pay coinsurance until you reach your out-of-pocket maximum. {agent_name}",
        ),
        7,
    ),
    Intent(
        "denied_prior_auth",
        "denied_claim",
        "Claim denied for {service}",
        (
            "my claim for {service} was denied. The letter says something about authorization?",
            "why was claim {claim} denied?",
            "I just got a denial for {service} at {provider}. What happened?",
            "insurance denied my {service}, the notice says no prior authorization on file",
            "they denied my claim!! {amount} for {service}. what do I do",
        ),
        ("Date of service {date}.", "", "Claim number {claim}."),
        (
            "Hi {first_name}, I'm sorry about the denial. Claim {claim} for {service} on {date} was denied because no prior authorization was on file for that service. {provider} can request a retroactive authorization, or you can file an appeal within 180 days of the denial. I have added a note to your file; call us at {phone} if you'd like help starting the appeal. — {agent_name}",
            "Hello {first_name}, claim {claim} ({service}, {date}) was denied for missing prior authorization. The fastest fix is usually for {provider} to submit the authorization request and ask us to reprocess the claim. If they can't, you have the right to appeal. {agent_name}",
        ),
        10,
    ),
    Intent(
        "denied_not_covered",
        "denied_claim",
        "Denied as not covered",
        (
            "my claim for {service} says not medically necessary. My doctor ordered it!",
            "why would {service} not be covered? it was ordered by {provider}",
            "claim {claim} denied as not a covered service, is that right?",
        ),
        ("", "It cost {amount}.", "Date was {date}."),
        (
            "Hi {first_name}, claim {claim} for {service} on {date} was denied as not medically necessary based on the records we received. {provider} can send additional clinical notes for reconsideration, and you can also appeal. I can send you the appeal form; the deadline is 180 days from the denial. — {agent_name}",
            "Hello {first_name}, I checked claim {claim}: the denial says the records did not show medical necessity for {service}. Ask {provider} to send the supporting notes to us and we will review it again. You can also file an appeal at any time within 180 days. {agent_name}",
        ),
        5,
    ),
    Intent(
        "balance_bill",
        "balance_bill",
        "Provider billing more than my EOB",
        (
            "{provider} is billing me {amount} but my EOB says I owe much less. Who is right?",
            "the bill from {provider} doesn't match the explanation of benefits.",
            "I got a bill for {amount} even though insurance says patient responsibility is lower",
            "is {provider} allowed to charge me the difference?",
        ),
        ("Claim {claim} from {date}.", "", "Service was {service}."),
        (
            "Hi {first_name}, thanks for flagging this. For claim {claim} on {date}, your EOB shows your responsibility as {owed}. {provider} is in network, so they agreed to accept the allowed amount and cannot bill you the difference. Please ask them to send a corrected bill, and let us know at {phone} if they don't. — {agent_name}",
            "Hello {first_name}, I compared the bill with claim {claim}. You owe {owed}, not {amount}; as an in-network provider, {provider} may not balance bill you. I'd recommend paying only {owed} and asking them for a corrected statement. {agent_name}",
        ),
        8,
    ),
    Intent(
        "eob_explained",
        "eob_question",
        "Question about my EOB",
        (
            "I got an explanation of benefits for {service}. Is this a bill?",
            "can you help me read this EOB? there are so many numbers",
            "what does allowed amount mean on my EOB?",
            "my EOB says {amount} billed but a lower amount allowed, what does that mean",
            "do I need to pay what's on this EOB from {date}?",
        ),
        ("Claim {claim}.", "", "It's from {provider}."),
        (
            "Hi {first_name}, an explanation of benefits is not a bill. For claim {claim} ({service} on {date}), {provider} billed {amount}; the allowed amount is what our contract lets them charge, and your share is {owed}. You will get a bill from {provider} for that amount. — {agent_name}",
            "Hello {first_name}, good question. The EOB for claim {claim} shows what {provider} billed ({amount}), what the plan allows, what we paid, and what you owe ({owed}). Please wait for the provider's bill and check it matches {owed}. {agent_name}",
        ),
        9,
    ),
    Intent(
        "duplicate_charge",
        "duplicate_charge",
        "Charged twice for the same visit",
        (
            "I was charged twice for the same visit on {date}.",
            "why do I see two claims for {service}? I only went once",
            "{provider} billed me twice, {amount} each time",
            "duplicate charge on my account for {date}, please fix",
        ),
        ("", "Claim numbers look almost the same.", "One of them is {claim}."),
        (
            "Hi {first_name}, you're right: claim {claim} from {provider} for {date} was submitted twice. We have denied the duplicate, so you only owe {owed} for that visit. If {provider} billed you for both, ask them to remove the second charge. — {agent_name}",
            "Hello {first_name}, I found the duplicate. The second submission of claim {claim} ({service}, {date}) has been marked as a duplicate and will not count against you. Your responsibility for the visit is {owed}. {agent_name}",
        ),
        6,
    ),
    Intent(
        "prior_auth_needed",
        "prior_authorization",
        "Does {service} need prior authorization?",
        (
            "does {service} need prior authorization?",
            "my doctor wants me to get {service}. Do I need approval first?",
            "how do I get {service} pre-approved?",
            "is there a pre authorization needed for {service} at {provider}?",
        ),
        ("", "It's scheduled for {date}.", "My plan is {plan}."),
        (
            "Hi {first_name}, yes, {service} needs prior authorization on your {plan} plan. {provider} submits the request for you; it usually takes 3 to 5 business days. I'd confirm with them that it is approved before {date}. — {agent_name}",
            "Hello {first_name}, {service} requires prior authorization. Your provider, {provider}, sends the request with the clinical notes, and we will let you both know the decision. Call {phone} if you want to check its status. {agent_name}",
        ),
        6,
    ),
    Intent(
        "out_of_network_er",
        "out_of_network",
        "Out-of-network charge for an emergency",
        (
            "I went to the ER and got an out-of-network bill for {amount}. I had no choice!",
            "why is my emergency visit on {date} billed as out of network?",
            "the anesthesiologist was out of network but the hospital was in network. Do I have to pay {amount}?",
            "surprise bill from {provider}, is this legal?",
        ),
        ("Claim {claim}.", "", "It was an emergency."),
        (
            "Hi {first_name}, for emergency care the No Surprises Act protects you: you owe only your in-network cost sharing, {owed}, for claim {claim} on {date}. {provider} may not bill you more than that. If they do, let us know at {phone} and we will help. — {agent_name}",
            "Hello {first_name}, since this was emergency care (claim {claim}, {date}), it is covered at in-network cost sharing, so your share is {owed}. Out-of-network providers at an in-network hospital cannot balance bill you for this. {agent_name}",
        ),
        6,
    ),
    Intent(
        "itemized_bill",
        "itemized_bill",
        "How do I get an itemized bill?",
        (
            "how do I get an itemized bill from {provider}?",
            "can you send me the itemized charges for my stay on {date}?",
            "I want a breakdown of the {amount} bill",
        ),
        ("", "The bill just shows one total."),
        (
            "Hi {first_name}, the itemized bill comes from {provider}'s billing office; you have the right to request it, and they should list every charge for {date}. Once you have it, we can compare it with claim {claim} line by line. — {agent_name}",
            "Hello {first_name}, please ask {provider} for an itemized statement of the {amount} bill. Send it to us if anything looks wrong and we'll check it against claim {claim}. {agent_name}",
        ),
        4,
    ),
    Intent(
        "payment_plan",
        "payment_plan",
        "Can I pay this bill over time?",
        (
            "I can't pay {amount} at once. Can I set up a payment plan?",
            "is there a way to pay my bill from {provider} in installments?",
            "payment plan options for a {amount} bill?",
        ),
        ("", "Money is tight right now."),
        (
            "Hi {first_name}, payment plans are set up by the provider, so please contact {provider}'s billing office about the {amount} balance; most offer interest-free monthly payments. If you have a health savings account, you can also use it for this bill. — {agent_name}",
            "Hello {first_name}, {provider} can usually spread the {amount} over several months. Call their billing office and mention claim {claim}. If cost is a concern, ask them about financial assistance too. {agent_name}",
        ),
        4,
    ),
    Intent(
        "appeal_how",
        "appeal",
        "How do I appeal?",
        (
            "how do I appeal the decision on claim {claim}?",
            "I want to file an appeal for {service}. What's the process?",
            "what is the deadline to appeal a denied claim?",
        ),
        ("", "It was denied on {date}."),
        (
            "Hi {first_name}, you can appeal claim {claim} within 180 days of the denial. Send the appeal form with a letter from {provider} explaining why {service} was needed. We decide within 30 days, or 72 hours if it is urgent. Call {phone} for the form. — {agent_name}",
            "Hello {first_name}, to appeal claim {claim}, fill out the appeal form and include any supporting records from {provider}. You have 180 days from the denial date. I have noted your intent to appeal on your file. {agent_name}",
        ),
        5,
    ),
    Intent(
        "copay_vs_coinsurance",
        "eob_question",
        "Copay or coinsurance?",
        (
            "why did I pay a copay and also get charged coinsurance?",
            "what's the difference between my copay and coinsurance on claim {claim}?",
            "I thought {service} was just a copay, why is there more?",
        ),
        ("", "The extra is {amount}."),
        (
            "Hi {first_name}, for {service} on {date}, your plan applies a copay for the office visit and coinsurance for the other services on claim {claim}. That is why you see both; your total share is {owed}. — {agent_name}",
        ),
        4,
    ),
    Intent(
        "id_card_address",
        "other",
        "Update my address / new ID card",
        (
            "I moved. How do I update my address and get a new ID card?",
            "can you send me a new insurance card? I lost mine",
            "my ID card has the wrong name on it",
        ),
        ("",),
        (
            "Hi {first_name}, I've requested a new ID card for you; it will arrive in 7 to 10 days, and you can use the digital card in the member app right away. To update your address, call us at {phone} to verify your identity. — {agent_name}",
        ),
        4,
    ),
)

FOLLOW_UPS = (
    "Thanks, that makes sense.",
    "Ok thank you!",
    "Got it, appreciate the quick answer.",
    "One more thing, will this affect my next visit?",
    "Thanks. So I should just wait for the bill?",
)
FOLLOW_UP_REPLIES = (
    "You're welcome, {first_name}. Have a good day! — {agent_name}",
    "Glad I could help, {first_name}. Reach out any time at {phone}. {agent_name}",
    "No, {first_name}, it won't affect your next visit. Let us know if anything else comes up. — {agent_name}",
)
NOTES = (
    "Checked claim {claim} in the claims system; processing matches the plan's benefits.",
    "Member was polite; sent the appeal form by mail as well.",
    "Called {provider} billing office to confirm the corrected statement.",
    "Reviewed EOB with member; no action needed.",
)
