"""Fresh batch 4: long messages with background (kind "long")."""
from drafts_common import NET_UNKNOWN, PA_UNKNOWN, D

L = "long"
ITEMS = [
    D("en", L, "deductible", "partial_deductible",
      "Hi, I have a question about my knee MRI at Westbrook Imaging on 9/3. I thought I only "
      "had a few hundred dollars left on my deductible, but the EOB shows I owe $1,020. I "
      "called the imaging center and they said it's the insurance. I'm trying to budget for "
      "the holidays and this was a surprise. Can you explain how this was calculated?",
      "Hi {MEMBER_FIRST_NAME}, sorry for the surprise. On the {PROVIDER_NAME} MRI claim from "
      "{DATE_OF_SERVICE}, {DEDUCTIBLE_APPLIED} went to your deductible and the rest of your "
      "share is coinsurance ({COINSURANCE}), for {MEMBER_OWES} in total; the plan paid "
      "{PLAN_PAID}. You now have {DEDUCTIBLE_REMAINING} left on your deductible. If paying at "
      "once is hard, the imaging center can usually set up a payment plan.",
      claim={"service": "MRI", "provider": "Westbrook Imaging", "date_of_service": "2026-09-03",
             "member_owes": "1020.00"},
      mentions=["provider", "date", "amount"]),
    D("en", L, "denied_claim", "denied:50",
      "My doctor recommended physical therapy after my back surgery and I went to 12 sessions "
      "at Summit Orthopedics. Now I'm getting an EOB saying the later sessions were denied as "
      "not medically necessary. Nobody told me there was a limit. What am I supposed to do? I "
      "can't afford to pay for all of them.",
      "Hi {MEMBER_FIRST_NAME}, I understand the frustration. The {PROVIDER_NAME} claim from "
      "{DATE_OF_SERVICE} was denied because {DENIAL_REASON}. Your therapist or surgeon can send "
      "notes showing why you needed more sessions, and you can file an appeal by "
      "{APPEAL_DEADLINE}. While the appeal is open, ask the office to hold the bill.",
      claim={"service": "physical therapy", "provider": "Summit Orthopedics"},
      mentions=["provider"]),
    D("en", L, "balance_bill", "balance_bill",
      "Back in August I had surgery at an in-network hospital. I checked everything in advance. "
      "Now I have a bill from Dr. Mirela Santos, who I think was the assistant surgeon, for "
      "$2,480. I never chose her and I never met her. My EOB from you shows something totally "
      "different. I'm really stressed about this, please help.",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry for the stress. When you have surgery at an "
      "in-network hospital, an out-of-network clinician you didn't choose generally can only "
      "bill you your in-network cost share. On our side, your share for the {PROVIDER_NAME} "
      "claim from {DATE_OF_SERVICE} is {MEMBER_OWES}. Don't pay the difference; send us the "
      "bill and contact the No Surprises Help Desk at 1-800-985-3059.",
      claim={"service": "assistant surgeon", "provider": "Dr. Mirela Santos",
             "billed": "2480.00"},
      mentions=["provider", "amount"]),
    D("en", L, "prior_authorization", "none",
      "My son's pediatrician referred him to a pediatric neurologist for his headaches. The "
      "neurologist wants an EEG and maybe an MRI. Last time we had an MRI we ended up with a "
      "huge bill because something wasn't approved in time. How do I make sure that doesn't "
      "happen again?",
      "Hi {MEMBER_FIRST_NAME}, good idea to check first. Tests like an MRI often need prior "
      "authorization. The neurologist's office asks us for it before scheduling; ask them to "
      "confirm it's approved before the appointment, and get the authorization number. You "
      "can also call {PHONE} to check its status.",
      add=PA_UNKNOWN),
    D("en", L, "eligibility", "none",
      "I got married in October and I'd like to add my wife and her daughter to my plan. She "
      "currently has coverage through her job but it's expensive and she wants to switch. Can "
      "I add them now or do I have to wait for open enrollment? What paperwork do you need?",
      "Congratulations, {MEMBER_FIRST_NAME}! Marriage is a qualifying event, so you can add "
      "your wife and stepdaughter within 30 days of the wedding (60 days on some plans) "
      "instead of waiting for open enrollment. Your benefits office or your account has the "
      "form; we usually need a marriage certificate and the child's birth certificate."),
    D("en", L, "financial_assistance", "paid",
      "I was in Riverbend Medical Center for three days in October with pneumonia. Insurance "
      "paid some but I still owe $3,400, and I'm a single mom working part time. I can't pay "
      "that. Someone told me hospitals have charity programs but I don't know how to ask. Can "
      "you help me?",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry you've been sick. Your share for the stay on "
      "{DATE_OF_SERVICE} at {PROVIDER_NAME} is {MEMBER_OWES}. Call the hospital's billing "
      "office and ask for their financial assistance application; nonprofit hospitals must "
      "have one, and based on your income they may reduce or forgive the bill. Ask them to "
      "hold the bill while you apply.",
      claim={"service": "inpatient stay", "provider": "Riverbend Medical Center",
             "member_owes": "3400.00"},
      mentions=["provider", "amount"]),
    D("en", L, "coordination_of_benefits", "none",
      "I just turned 65 and signed up for Medicare Part A, but I'm still working full time and "
      "on my employer plan with you. My pharmacy is confused and my doctor's office asked which "
      "insurance is primary. I don't want claims denied. What should I tell them?",
      "Hi {MEMBER_FIRST_NAME}, if you're still working for an employer with 20 or more "
      "employees, your employer plan is usually primary and Medicare secondary. Tell the "
      "offices to bill us first. Please also fill out the coordination of benefits form in "
      "your account so our records show Medicare as secondary."),
    D("en", L, "appeal", "denied:96",
      "My appeal question: my claim for an allergy shot series was denied with a code I don't "
      "understand. I read online that I have the right to appeal but I don't know where to "
      "send it or how long I have. Also, do I need a lawyer for this?",
      "Hi {MEMBER_FIRST_NAME}, you don't need a lawyer. The claim from {DATE_OF_SERVICE} was "
      "denied because {DENIAL_REASON}. You can file an internal appeal for claim "
      "{CLAIM_NUMBER} by {APPEAL_DEADLINE}, in your account or by mail; include why you "
      "disagree and a letter from your doctor. If we uphold the denial, you can ask for an "
      "external review.",
      claim={"service": "allergy shots"}),
    D("en", L, "collections", "none",
      "About 2 years ago I had an urgent care visit and I paid my copay at the time. Now a "
      "collection agency says I owe $180 for that visit and is threatening to report it to my "
      "credit. I don't have the paperwork anymore. Is there any way to see what insurance paid "
      "back then?",
      "Hi {MEMBER_FIRST_NAME}, yes: your claims history in your account goes back several "
      "years, and we can mail copies of old EOBs if you call {PHONE}. Ask the collection "
      "agency to validate the debt in writing, and compare it with the EOB; if the EOB shows "
      "you owe nothing more, dispute it with that copy."),
    D("en", L, "pharmacy", "none",
      "My doctor switched me from one blood pressure medicine to another one because the first "
      "one gave me a cough. At the pharmacy they said the new one needs approval from the "
      "insurance and they couldn't fill it. I've been without my medicine for 2 days now. What "
      "can I do?",
      "Hi {MEMBER_FIRST_NAME}, some drugs need prior authorization or step therapy. Your "
      "doctor's office can send the request and mark it urgent; ask them to do it today. In "
      "the meantime, ask the pharmacist about a short emergency supply or a covered "
      "alternative, since going without blood pressure medicine isn't safe.",
      add=("needs_prior_auth", "no_prior_auth_needed", "covered", "not_covered")),
    D("en", L, "emergency_care", "emergency_oon",
      "I was visiting my sister in another state when I had a bad allergic reaction and went to "
      "the closest ER, St. Anselm Hospital. I know they're not in my network but I didn't have "
      "a choice. Now they're sending me bills. What does my plan cover for an emergency like "
      "this?",
      "Hi {MEMBER_FIRST_NAME}, I'm glad you're okay. Emergency care is covered at your "
      "in-network cost share even at an out-of-network hospital, and under the No Surprises "
      "Act the hospital can't bill you more than that. For the {PROVIDER_NAME} claim from "
      "{DATE_OF_SERVICE}, your share is {MEMBER_OWES}. If their bill is higher, send it to us.",
      claim={"service": "emergency room visit", "provider": "St. Anselm Hospital"},
      mentions=["provider"]),
    D("en", L, "out_of_network", "none",
      "We're moving to a new city next month and I'm trying to find a new primary care doctor "
      "and a pediatrician for my two kids. I don't want to make the same mistake as last time "
      "where I saw someone who turned out not to be covered. What's the best way to find "
      "doctors that are definitely in my network?",
      "Hi {MEMBER_FIRST_NAME}, use the provider directory in your account and search by "
      "specialty and your new ZIP code. Before booking, call the office and ask if they're in "
      "network for your {PLAN_NAME} plan and accepting new patients. Also update your address "
      "with us after the move.",
      add=NET_UNKNOWN),
    D("en", L, "hsa_fsa", "none",
      "I have an HSA with my high deductible plan. I paid for a few doctor visits out of "
      "pocket with my regular credit card earlier this year because I forgot my HSA card. Can "
      "I still pay myself back from the HSA? And what documents do I need to keep for taxes?",
      "Hi {MEMBER_FIRST_NAME}, yes, you can reimburse yourself from your HSA for qualified "
      "medical expenses you paid after the account was opened, even later. Keep the receipts "
      "and your EOBs in case the IRS asks."),
    D("en", L, "complaint", "paid",
      "I want to complain about Pinecrest Family Practice. I went in for my yearly physical "
      "and the doctor asked about my knee, and now I got a bill for an office visit on top of "
      "the physical. Nobody told me talking about my knee would cost extra. This feels like a "
      "trick.",
      "Hi {MEMBER_FIRST_NAME}, I understand why that feels unfair. When a problem is treated "
      "during a preventive visit, the office may bill it as a separate office visit, which has "
      "cost sharing. On the {PROVIDER_NAME} claim from {DATE_OF_SERVICE}, your share is "
      "{MEMBER_OWES}. You can ask the office to review the coding, and file a complaint with "
      "us in your account or at {PHONE}.",
      claim={"service": "office visit", "provider": "Pinecrest Family Practice"},
      mentions=["provider"]),
    D("en", L, "thanks_followup", "pending",
      "Hello again. Last week I spoke with someone about my CT scan at Westbrook Imaging and "
      "they said the claim just needed a few more days. It's been over a week and my account "
      "still shows it as processing. Is there any update?",
      "Hi {MEMBER_FIRST_NAME}, thanks for following up. The {PROVIDER_NAME} claim for "
      "{DATE_OF_SERVICE} is still being processed. Most claims are finished within 30 days of "
      "receipt; you'll get an EOB when it's done. If it's still open in two weeks, write back "
      "and we'll look into it.",
      claim={"service": "CT scan", "provider": "Westbrook Imaging"},
      mentions=["provider"]),
    D("en", L, "premiums", "none",
      "My employer's open enrollment is coming up and I'm trying to decide between the gold "
      "and the silver plan. The silver has a lower premium but a higher deductible. I have "
      "diabetes and see my doctor every 3 months plus monthly prescriptions. Which one would "
      "be better for me?",
      "Hi {MEMBER_FIRST_NAME}, with regular visits and monthly prescriptions, a plan with a "
      "higher premium but lower deductible and copays often costs less over the year. Add up "
      "the yearly premiums plus your expected copays and costs up to the out-of-pocket "
      "maximum for each plan. Call {PHONE} and we can compare them with you."),
]
