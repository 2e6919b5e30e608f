"""Seventh held-out drafts set, batch 5: more everyday questions across the families. Written by
helper abuse8."""

from drafts_common import NET_UNKNOWN, D

SIGN = " Take care, {AGENT_NAME}"

ITEMS = [
    D("en", "single", "deductible", "none",
      "Does my yearly physical count against my deductible, or is it free?",
      "Hi {MEMBER_FIRST_NAME}, an in-network preventive physical is covered without cost to "
      "you and doesn't touch the deductible. If the doctor treats a new problem at the same "
      "visit, that part can apply to your {DEDUCTIBLE} deductible." + SIGN),
    D("en", "long", "out_of_network", "out_of_network",
      "I saw a chiropractor, Hollowell Spine & Wellness, a few times this summer because a "
      "coworker recommended him. I didn't think to check the network. Now I'm getting bills "
      "for way more than my copay would have been. Is there anything I can do at this point, "
      "and how do I avoid this next time?",
      "Hi {MEMBER_FIRST_NAME}, Hollowell Spine & Wellness is {NETWORK_STATUS} for your plan, so "
      "the visit on {DATE_OF_SERVICE} was paid at out-of-network rates: the plan allowed "
      "{ALLOWED} and paid {PLAN_PAID}, leaving {MEMBER_OWES}. You can ask the office for a "
      "discount or a payment plan, and check the provider directory before your next "
      "visit." + SIGN,
      claim={"provider": "Hollowell Spine & Wellness", "billed": "450.00",
             "member_owes": "260.00"},
      mentions=["provider"]),
    D("en", "single", "itemized_bill", "none",
      "The surgery center bill just says 'facility fee' and a big total. Am I allowed to see "
      "what's in it?",
      "Hi {MEMBER_FIRST_NAME}, yes, you can ask the surgery center's billing office for an "
      "itemized statement with codes. Compare it with your EOB and send me anything that "
      "looks wrong." + SIGN),
    D("en", "single", "collections", "none",
      "Can a doctor's office send me to collections while my claim is still being reviewed by "
      "insurance?",
      "Hi {MEMBER_FIRST_NAME}, they shouldn't while the claim is in process. Tell the office "
      "the claim is under review and ask them to hold the account; send me the details and "
      "I'll check its status." + SIGN),
    D("en", "single", "complaint", "none",
      "The last rep I talked to was condescending and cut me off. I'd like that on record.",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry you were treated that way. I'll record your complaint "
      "and it will be reviewed; you'll get a written response. Is there anything I can help "
      "you with in the meantime?" + SIGN),
    D("en", "single", "thanks_followup", "none",
      "All good now, the pharmacy took the new card. Appreciate you!",
      "Hi {MEMBER_FIRST_NAME}, great to hear it worked. Glad I could help!" + SIGN),
    D("en", "single", "prior_authorization", "none",
      "My authorization for physical therapy came through. How long is it good for?",
      "Hi {MEMBER_FIRST_NAME}, an approval covers a set number of visits or a period of time, "
      "written on the approval letter. If you need more visits, your therapist can ask for an "
      "extension before it runs out." + SIGN),
    D("en", "single", "eligibility", "none",
      "My son is 24 and just got married. Can he stay on my plan?",
      "Hi {MEMBER_FIRST_NAME}, yes, children can stay on a parent's plan until 26 whether or "
      "not they are married. His wife, though, can't be added as your dependant." + SIGN),
    D("en", "single", "emergency_care", "none",
      "Urgent care sent me over to the ER for stitches. Will that be billed as an emergency "
      "visit?",
      "Hi {MEMBER_FIRST_NAME}, yes, a visit to the emergency room is billed as emergency care, "
      "with your ER copay or coinsurance; being referred by urgent care doesn't change that. "
      "Let me know when the EOB arrives and I'll go through it with you." + SIGN),
    D("en", "single", "hsa_fsa", "none",
      "What happens to the money left in my FSA if I don't use it by December?",
      "Hi {MEMBER_FIRST_NAME}, unused FSA money is usually lost at the end of the plan year, "
      "unless your employer offers a grace period or a small carryover. Ask your HR team which "
      "one your FSA has." + SIGN),
]
