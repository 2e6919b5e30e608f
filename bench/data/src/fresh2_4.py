"""Fresh-2 batch 4: long messages with background (kind "long")."""
from drafts_common import NET_UNKNOWN, PA_UNKNOWN, D

L = "long"
ITEMS = [
    D("en", L, "deductible", "partial_deductible",
      "Hello, I hope you can help. I had an ultrasound at Lakemont Radiology a few weeks ago and "
      "the EOB came today. Part of it went to my deductible and the rest the plan paid, but I "
      "don't understand how much of my deductible is still left for the year, because I have "
      "more appointments coming in the spring.",
      "Hi {MEMBER_FIRST_NAME}, on the {PROVIDER_NAME} claim from {DATE_OF_SERVICE}, "
      "{DEDUCTIBLE_APPLIED} went to your deductible and the plan paid {PLAN_PAID}; your share is "
      "{MEMBER_OWES}. You've now met {DEDUCTIBLE_MET} of {DEDUCTIBLE}, with {DEDUCTIBLE_REMAINING} "
      "left. It starts again after {PLAN_YEAR_END}, so spring appointments in a new plan year "
      "count toward a new deductible. {AGENT_NAME}",
      claim={"service": "ultrasound", "provider": "Lakemont Radiology", "billed": "700.00",
             "member_owes": "180.00"},
      mentions=["provider"]),
    D("en", L, "denied_claim", "denied:204",
      "I'm writing because my daughter had hearing tests at a specialist and the claim came back "
      "denied. The letter says something about the service not being covered under the plan. "
      "Her pediatrician referred her, so I assumed it would be fine. What are my options here?",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry about the surprise. The claim from {DATE_OF_SERVICE} "
      "was denied because {DENIAL_REASON}. You can appeal by {APPEAL_DEADLINE}: send a letter "
      "from the pediatrician explaining why the tests are needed. If the plan excludes them, ask "
      "the specialist about a self-pay price or financial assistance. {AGENT_NAME}",
      claim={"service": "hearing test", "billed": "450.00"}),
    D("en", L, "prior_authorization", "none",
      "My orthopedist wants me to have knee surgery in about a month. I've never had surgery "
      "before and I'm worried about the cost and the paperwork. Does it need approval from you "
      "first, and is there anything I should be doing on my end before the date?",
      "Hi {MEMBER_FIRST_NAME}, planned surgery often needs prior authorization, and the "
      "surgeon's office asks us for it. Ask them to confirm it's approved before the date, check "
      "that the surgeon, the facility and the anesthesia group are in network, and ask for a cost "
      "estimate. We're glad to go over your cost share at {PHONE}. {AGENT_NAME}",
      add=PA_UNKNOWN),
    D("en", L, "balance_bill", "balance_bill",
      "Hi there. In September I saw a cardiologist at Marlow Heart Associates. Your EOB says I "
      "owe 60 dollars, which I paid right away. Now the office sent me another bill for 245, "
      "saying it's the remaining balance after insurance. I don't think I should pay this but I "
      "want to be sure before I call them.",
      "Hi {MEMBER_FIRST_NAME}, you're right not to pay it. On the {PROVIDER_NAME} claim from "
      "{DATE_OF_SERVICE}, your share is {MEMBER_OWES}, which you've paid. The practice is in "
      "network, so the rest of what they billed is written off under their contract. Tell them "
      "to check the EOB, and send us the bill if they keep asking. {AGENT_NAME}",
      claim={"service": "cardiology visit", "provider": "Marlow Heart Associates",
             "billed": "305.00", "member_owes": "60.00"},
      mentions=["provider", "amount"]),
    D("en", L, "emergency_care", "emergency_oon",
      "Last month my son broke his wrist on vacation and we went to the closest emergency room, "
      "which was Kestrel Bay Hospital. I didn't have time to check if it was in network. Now "
      "the bill is huge. Do emergency visits out of state count differently?",
      "Hi {MEMBER_FIRST_NAME}, I hope your son is healing well. Emergency care is covered at "
      "in-network cost sharing wherever it happens, so for the {DATE_OF_SERVICE} visit your "
      "share is {MEMBER_OWES}. {PROVIDER_NAME} can't bill you above that; if their bill is "
      "higher, send it to us. {AGENT_NAME}",
      claim={"service": "emergency room visit", "provider": "Kestrel Bay Hospital",
             "billed": "5200.00", "member_owes": "350.00"},
      mentions=["provider"]),
    D("en", L, "appeal", "denied:50",
      "Good afternoon. My physical therapy visits after visit number twelve were denied as not "
      "medically necessary. My therapist says I'm still making progress and need more. I've "
      "never done an appeal before and honestly it feels overwhelming. Where do I start and "
      "how long does it take?",
      "Hi {MEMBER_FIRST_NAME}, it's less work than it seems. The claim from {DATE_OF_SERVICE} "
      "was denied because {DENIAL_REASON}. Send a short letter saying you disagree, with your "
      "therapist's progress notes and a note on why more visits are needed, by "
      "{APPEAL_DEADLINE}. We decide most appeals within 30 days. {AGENT_NAME}",
      claim={"service": "physical therapy", "billed": "160.00"}),
    D("en", L, "coordination_of_benefits", "none",
      "Now that I'm 65 I enrolled in Medicare hospital coverage (Part A). I haven't retired "
      "and I'm still on my job's plan with you. My pharmacy and my doctors are asking which insurance is "
      "primary now and I honestly don't know what to tell them.",
      "Hi {MEMBER_FIRST_NAME}, while you're working for an employer with 20 or more employees, "
      "the employer plan usually pays first and Medicare second. Please let us know about your "
      "Medicare coverage at {PHONE} so we can record it, and tell your providers the same. "
      "{AGENT_NAME}"),
    D("en", L, "eligibility", "none",
      "We're having a baby in March and I want to make sure everything is set up right. When "
      "can I add the baby to my plan, and will the hospital stay be covered for the baby from "
      "the day they're born even if the paperwork isn't done yet?",
      "Hi {MEMBER_FIRST_NAME}, congratulations! A birth is a qualifying event: add the baby "
      "within 30 days (60 on some plans) and coverage starts from the date of birth, so the "
      "baby's hospital care is covered even if the paperwork comes later. Your benefits office "
      "or {PHONE} can start it. {AGENT_NAME}"),
    D("en", L, "pharmacy", "none",
      "My doctor switched me to a new blood pressure medication because the old one stopped "
      "working. At the pharmacy they told me it isn't on the formulary and would cost a lot "
      "more. Is there any way to get it covered, or do I have to go back to the old one?",
      "Hi {MEMBER_FIRST_NAME}, your doctor can ask us for a formulary exception, explaining why "
      "the covered drugs don't work for you; if it's approved you pay the plan's cost share. "
      "You can also ask whether a covered drug in the same class would work. Call {PHONE} if you "
      "want us to check the status. {AGENT_NAME}"),
    D("en", L, "complaint", "none",
      "This is the third time I'm writing about the same issue. Each person I talk to tells me "
      "something different, and nobody follows up. I'm not trying to be difficult, I just want "
      "a straight answer and someone to own this. Can I speak to a supervisor?",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry you've had to repeat yourself; that's not the service "
      "you should get. I'll stay with this until it's resolved. Tell me the issue once more and "
      "I'll get you a clear answer, and a supervisor can call you at a time that suits you. "
      "{AGENT_NAME}"),
    D("en", L, "financial_assistance", "paid",
      "I had a hospital stay at Cedar Hollow Hospital in the summer and after insurance I still "
      "owe over two thousand dollars. I'm on a fixed income and can't afford that. Is there "
      "anything your company or the hospital can do to reduce what I owe?",
      "Hi {MEMBER_FIRST_NAME}, your share of the {PROVIDER_NAME} stay on {DATE_OF_SERVICE} is "
      "{MEMBER_OWES}. The amount set by the plan can't be changed, but the hospital can: ask "
      "for its financial assistance application, as fixed incomes often qualify, and for an "
      "interest-free payment plan while it's reviewed. {AGENT_NAME}",
      claim={"service": "hospital stay", "provider": "Cedar Hollow Hospital",
             "billed": "14000.00", "member_owes": "2150.00"},
      mentions=["provider"]),
    D("en", L, "out_of_network", "none",
      "I'm switching therapists because mine is retiring. The one my friend recommends is "
      "Rosalind Achebe, LCSW, who takes insurance but I don't know if she takes ours. I don't "
      "want to start sessions and find out later that I owe a lot.",
      "Hi {MEMBER_FIRST_NAME}, good idea to check first. Search for her in the provider "
      "directory in your account, or call {PHONE} and we'll check for you. Ask her office too, "
      "and if she's out of network, ask what you'd pay per session. {AGENT_NAME}",
      add=NET_UNKNOWN),
    D("en", L, "itemized_bill", "paid",
      "After my outpatient surgery I got a bill with one line that just says 'hospital "
      "services' and a total. I'd like to understand what I'm paying for before I pay. My "
      "sister said I should ask for something more detailed. Is that right?",
      "Hi {MEMBER_FIRST_NAME}, yes, your sister is right. Ask the hospital's billing office for "
      "an itemized bill for the {DATE_OF_SERVICE} surgery, listing each charge and code. Your "
      "share on our EOB is {MEMBER_OWES}; tell us if any charge looks wrong. {AGENT_NAME}",
      claim={"service": "outpatient surgery", "billed": "6100.00", "member_owes": "750.00"}),
    D("en", L, "hsa_fsa", "none",
      "I'm trying to figure out whether to put money in an HSA next year. I've never had one. "
      "Can I open one with any plan, and what happens to the money if I change jobs or plans "
      "later on?",
      "Hi {MEMBER_FIRST_NAME}, you can contribute to an HSA only while you're on a high "
      "deductible health plan that qualifies. The money is yours: it stays with you if you change "
      "jobs or plans, and it rolls over every year. {AGENT_NAME}"),
    D("en", L, "collections", "paid",
      "I paid my share to Alder Point Clinic months ago, I even have the receipt, but now a "
      "collection agency says I owe the same bill. I'm scared this will ruin my credit. What "
      "should I do first?",
      "Hi {MEMBER_FIRST_NAME}, don't worry, you have proof. Our record shows your share of the "
      "{PROVIDER_NAME} claim from {DATE_OF_SERVICE} is {MEMBER_OWES}. Send the collector a "
      "written dispute with a copy of your receipt and the EOB, and tell the clinic too; paid "
      "medical debt can't be reported to credit bureaus. {AGENT_NAME}",
      claim={"service": "office visit", "provider": "Alder Point Clinic", "billed": "260.00",
             "member_owes": "50.00"},
      mentions=["provider"]),
    D("en", L, "premiums", "none",
      "My income dropped a lot this year because I went part time. My premium through the "
      "Marketplace feels really high now. Is there a way to get help paying it, or do I have "
      "to wait until open enrollment to change anything?",
      "Hi {MEMBER_FIRST_NAME}, report the income change on HealthCare.gov now; a lower income "
      "can raise your premium tax credit right away, without waiting for open enrollment. "
      "Call {PHONE} if you'd like us to go over your options. {AGENT_NAME}"),
    D("en", L, "id_card", "none",
      "I'm traveling abroad next month and I'm worried about getting sick. I only have the "
      "plastic card and it's getting worn. Can I get a new one before I leave, and does the "
      "card even work outside the country?",
      "Hi {MEMBER_FIRST_NAME}, you can ask for a new card in your account or at {PHONE}, and "
      "download the digital card for your phone now. Coverage abroad depends on your plan; "
      "call us before you go and we'll tell you what's covered. {AGENT_NAME}"),
]
