"""Batch 6: long rambling messages (kind "long")."""
from drafts_common import COV_UNKNOWN, D

L = "long"
ITEMS = [
    D("en", L, "balance_bill", "balance_bill",
      "OK so I'm going to try to explain this as best I can because I've been going back and "
      "forth for weeks. Back in the spring I had my gallbladder out at Wexford Regional, which "
      "I checked BEFOREHAND was in network, I even wrote down the name of the lady I talked "
      "to. Everything seemed fine, I got the EOB from you and it said my part was $600 which I "
      "paid right away. Now out of nowhere I'm getting bills from Wexford Regional saying I "
      "owe another $2,950 and that the 'insurance adjustment' was reversed or something? I "
      "called them and they said to call you, I called you and they said to call them. I'm a "
      "single mom and I do not have $2,950 sitting around. What is going on and what am I "
      "supposed to do?",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry you've been bounced back and forth — let's sort it "
      "out. Our explanation of benefits for claim {CLAIM_NUMBER} shows your share for the "
      "surgery on {DATE_OF_SERVICE} is {MEMBER_OWES}, and that's what the plan's records "
      "support. When a provider is in our network, they can't bill you more than your share; "
      "the difference between their charge and the allowed amount is written off. Please "
      "don't pay the new bill. Send me a copy of it (a photo is fine), and ask "
      "{PROVIDER_NAME}'s billing office in writing to hold the account while it's reviewed. "
      "We'll follow up with them about the reversed adjustment.",
      claim={"service": "gallbladder removal", "provider": "Wexford Regional",
             "member_owes": "600.00"},
      mentions=["provider", "amount"]),
    D("en", L, "denied_claim", "denied:50",
      "Hi there, I'm writing on behalf of my mother who is on my plan (she lives with us) "
      "because she doesn't use computers. She has been having terrible back pain for almost a "
      "year, tried physical therapy, tried the injections, nothing worked, and her doctor at "
      "Greenway Spine finally recommended a procedure called a radiofrequency ablation. She "
      "had it done on July 8 and it actually helped a lot, she's walking again. But then we "
      "got a letter saying the claim was denied as not medically necessary. How can it not be "
      "necessary when she couldn't walk?? The bill is for $4,600 and she's on a fixed income. "
      "Is there anything we can do? Also is there a way I can be listed so I can talk to you "
      "about her stuff?",
      "Hi {MEMBER_FIRST_NAME}, I'm glad the procedure helped your mother. The claim from "
      "{PROVIDER_NAME} for {DATE_OF_SERVICE} was denied because {DENIAL_REASON}. You can "
      "appeal by {APPEAL_DEADLINE}: the strongest appeal includes a letter from her doctor "
      "describing the treatments she tried first (physical therapy, injections), how long, and "
      "why this procedure was needed, plus her records. If the appeal is denied, you can ask "
      "for an independent external review. For you to speak with us about her claims, she'll "
      "need to sign an authorization form naming you — call {PHONE} and we'll send it, or she "
      "can authorize you by phone.",
      claim={"service": "radiofrequency ablation", "provider": "Greenway Spine",
             "billed": "4600.00", "date_of_service": "2026-07-08"},
      mentions=["provider", "date", "amount"]),
    D("en", L, "eob_question", "partial_deductible",
      "So I'm trying to be a responsible adult and actually read my EOBs lol. The one for my "
      "physical from Dr. Nadia Farouk says amount billed $486, then there's a line 'provider "
      "discount' and then 'allowed amount' and then 'plan paid' and then some 'deductible' "
      "part and then at the bottom 'you may owe' which is a random number that doesn't match "
      "anything above it. I thought physicals were free?? My coworker said annual physicals "
      "are 100% covered by law. Did they code something wrong or am I reading it wrong? Sorry "
      "for the novel",
      "Hi {MEMBER_FIRST_NAME}, no need to apologize — good for you for reading them! Here's "
      "how the lines fit: {PROVIDER_NAME} billed {BILLED}; the provider discount is what they "
      "write off under our contract, leaving the allowed amount of {ALLOWED}. Of that, "
      "{DEDUCTIBLE_APPLIED} went to your deductible and the plan paid {PLAN_PAID}, so you may "
      "owe {MEMBER_OWES}. Your coworker is right that preventive care like a yearly physical "
      "is covered with no cost sharing in network, but if the doctor also treated or "
      "evaluated a problem during the visit (for example, a new symptom or a chronic "
      "condition), that part is billed as a regular visit. Ask the office whether anything "
      "non-preventive was billed; if it was coded wrongly, they can send a corrected claim.",
      claim={"service": "annual physical with problem visit", "provider": "Dr. Nadia Farouk",
             "billed": "486.00"},
      mentions=["provider", "amount"]),
    D("en", L, "emergency_care", "emergency_oon",
      "Long story, sorry. We were on vacation in another state in August and my son fell off "
      "a rental bike and hit his head, so we took him to the closest hospital, Coastline "
      "Memorial, because obviously. He's completely fine thank god, they did a CT and kept him "
      "a few hours. Now we're home and I got a bill from them for $5,870 and a separate one "
      "from the ER doctors group. The hospital billing person said they're not in our network "
      "and we should have gone to an in-network hospital?? We were 800 miles from home. Do we "
      "really owe all of this? I'm scared to even open the second one.",
      "Hi {MEMBER_FIRST_NAME}, I'm so glad your son is okay — and you did exactly the right "
      "thing. Emergency care is covered the same way wherever you are: under the No Surprises "
      "Act, an out-of-network hospital and its ER doctors can only charge you your in-network "
      "cost sharing for emergency services, and can't bill you the rest. We processed "
      "{PROVIDER_NAME}'s claim that way, and your share is {MEMBER_OWES}. Please don't pay "
      "either bill yet: send me both (photos are fine) so we can match them to our claims and "
      "help get them corrected.",
      claim={"service": "emergency room visit with CT scan", "provider": "Coastline Memorial",
             "billed": "5870.00"},
      mentions=["provider", "amount"]),
    D("en", L, "coordination_of_benefits", "denied:22",
      "I am so confused. I have this plan through my job and I also had Medicaid for a little "
      "while last year when I was unemployed, but I reported the job and I thought the "
      "Medicaid was closed. Now my claims for my therapy appointments keep getting denied "
      "saying another payer is primary. I got a letter from you asking me to fill out a form "
      "about other insurance but I threw it away because I thought it was junk mail, honestly. "
      "My therapist's office is getting annoyed and says I have to pay out of pocket if this "
      "isn't fixed. How do I fix this, and will the old ones get paid?",
      "Hi {MEMBER_FIRST_NAME}, this is fixable. The claims were denied because our records "
      "show another plan might pay first: {DENIAL_REASON}. The form you received was our "
      "other-coverage questionnaire. Please complete it in your online account or by calling "
      "{PHONE}, and tell us the date your Medicaid ended. If Medicaid is closed, we'll be "
      "primary, and claims denied for this reason can be reprocessed; your therapist's office "
      "can also resubmit. If the Medicaid case is somehow still open, contact your state "
      "Medicaid office to close it. You can also appeal this claim by {APPEAL_DEADLINE}."),
    D("en", L, "pharmacy", "none",
      "My doctor switched me to a new blood thinner after I had a clot, and the pharmacy said "
      "it isn't on the formulary and the cash price is over $500 a month. I have been on the "
      "old one for years but the doctor says the new one is safer for me because of my kidney "
      "stuff and I can't go back to the old one. I don't understand what a formulary is or "
      "why the insurance company gets to decide what medicine I take. What are my options "
      "here, I only have a week of samples left.",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry you're dealing with this on top of a clot. The "
      "formulary is the plan's list of covered drugs. When a drug your doctor says you need "
      "isn't on it, your doctor can ask us for a formulary exception, explaining why the "
      "covered alternatives aren't right for you (for example, because of your kidney "
      "function). Because you only have a week of samples, ask them to mark it as expedited: "
      "expedited exception requests are decided within 24 hours, standard ones within 72 "
      "hours. If it's denied, you can ask for an independent external review. Call {PHONE} if "
      "you want us to check the status once it's sent.",
      add=COV_UNKNOWN),
    D("en", L, "appeal", "denied:204",
      "Good afternoon. I received a denial letter for my sleep apnea oral appliance that my "
      "dentist made. The letter says the service is not covered under my benefit plan. My "
      "sleep doctor prescribed it because I can't tolerate the CPAP mask (I tried for 3 "
      "months, I have the records). I called and someone told me dental is separate, but "
      "this isn't a cosmetic dental thing, it's for a medical condition. I'd like to appeal "
      "but I don't know what to say in the appeal or who to send it to or if I need a "
      "lawyer. What's the deadline? Can I send stuff by fax? I want to do this right the first "
      "time.",
      "Hi {MEMBER_FIRST_NAME}, you don't need a lawyer. The claim was denied because "
      "{DENIAL_REASON}; your appeal should explain that the appliance treats a medical "
      "condition (sleep apnea) and wasn't dental care. Include: the denial letter or claim "
      "number {CLAIM_NUMBER}; a letter from your sleep doctor with the diagnosis and why an "
      "oral appliance is needed; your CPAP trial records showing you couldn't tolerate it; and "
      "the sleep study. The deadline is {APPEAL_DEADLINE}. The denial letter lists where to "
      "send it, including a fax number, or call {PHONE} and we'll confirm. If the appeal is "
      "denied, you can ask for an independent external review."),
    D("en", L, "eligibility", "denied:27",
      "Hello, so I got laid off at the end of June and I signed up for COBRA because I was in "
      "the middle of treatment. I sent in the paperwork and my first payment in the mail on "
      "time (I have the certified mail receipt). But my claims from July 15 for my infusion "
      "got denied saying I wasn't covered on the date of service. My infusion center is "
      "threatening to stop treatment. I'm honestly panicking a bit. Did my COBRA not go "
      "through? Who do I even talk to about this?",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry — that's a scary letter to get mid-treatment. The "
      "claim for {DATE_OF_SERVICE} was denied because our records didn't show active "
      "coverage that day. With COBRA, coverage is retroactive once the election and first "
      "payment are processed, so this is often a timing issue: your former employer or their "
      "COBRA administrator has to tell us you elected it. Please contact them with your "
      "certified mail receipt and ask them to confirm your COBRA enrollment with us; once it's "
      "updated, the claim can be reprocessed. Call {PHONE} too, so we can check what we have "
      "and tell the infusion center the status.",
      claim={"service": "infusion therapy", "date_of_service": "2026-07-15"},
      mentions=["date"]),
    D("en", L, "duplicate_charge", "duplicate_submitted",
      "I'm looking at my account online and I see TWO claims for the same date, 10/21, both "
      "from Ridgeview Dermatology, for what looks like the same thing, a 'lesion removal'. I "
      "only had one spot removed. I had one visit. My husband says don't worry about it but "
      "last time something like this happened with a different doctor I ended up paying "
      "twice and never got the money back even after months of calls. I want to get ahead of "
      "it this time. Can you tell me what's going on and whether I should call the dermatologist "
      "now or wait?",
      "Hi {MEMBER_FIRST_NAME}, good instinct to check. I see two submissions from "
      "{PROVIDER_NAME} for {SERVICE} on {DATE_OF_SERVICE}; both are still being processed, "
      "so nothing has been decided yet. When the same service is sent twice, only one is "
      "paid. You don't need to call yet: wait for the explanation of benefits, and don't pay "
      "a bill that lists the removal twice. If you get one, send it to me and we'll help "
      "get it corrected.",
      claim={"service": "skin lesion removal", "provider": "Ridgeview Dermatology",
             "date_of_service": "2026-10-21"},
      mentions=["date", "provider"]),
    D("en", L, "financial_assistance", "paid",
      "Hi, this is kind of embarrassing but I need to ask. My husband was in the hospital for "
      "five days in September at Saint Ambrose Medical Center after his heart thing, and even "
      "after insurance we owe $3,412.90. I work part time and he can't work right now. We "
      "have some savings but it's for rent. I don't want to ignore the bill but I also don't "
      "know how we'd pay it. Someone at church said hospitals have programs for people like us "
      "but I don't know if that's true for people with insurance. Can you help or tell me who "
      "to call?",
      "Hi {MEMBER_FIRST_NAME}, it's not embarrassing at all — and I hope your husband is "
      "recovering. Your friend is right: many hospitals, and all nonprofit hospitals, have "
      "financial assistance programs, and they can apply even if you have insurance. Call "
      "{PROVIDER_NAME}'s billing office, ask for the financial assistance application, and "
      "ask them to put the account on hold while it's reviewed. Your share from our "
      "explanation of benefits is {MEMBER_OWES}. If you need time, you can also ask for an "
      "interest-free payment plan.",
      claim={"service": "inpatient stay", "provider": "Saint Ambrose Medical Center",
             "member_owes": "3412.90"},
      mentions=["provider", "amount"]),
    D("en", L, "out_of_pocket_max", "oop_met",
      "I have been battling breast cancer this year and I know I hit my out of pocket max "
      "sometime over the summer because your website said so. But I keep getting little bills, "
      "like $35 here, $20 there, from the infusion center and the oncology office, including "
      "one for $35 from Brightwater Oncology for my visit on October 6th. My husband just pays "
      "them because he says it's not worth the fight but I feel like we shouldn't owe "
      "anything. Are we paying things we don't owe? How do we get money back if we did?",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry you're going through treatment, and you're right to "
      "ask. You've reached your out-of-pocket maximum, and for the {PROVIDER_NAME} visit on "
      "{DATE_OF_SERVICE} our explanation of benefits shows you owe {MEMBER_OWES}. For covered "
      "in-network care after the maximum, you shouldn't owe copays or coinsurance. Before "
      "paying small bills, compare each with the EOB for that date. For ones you've already "
      "paid that our EOB shows at zero, ask the office for a refund and send them the EOB; if "
      "they won't, send me the list and we'll help.",
      claim={"service": "oncology office visit", "provider": "Brightwater Oncology",
             "billed": "35.00", "member_owes": "0.00", "date_of_service": "2026-10-06"},
      mentions=["provider", "amount", "date"]),
    D("en", L, "prior_authorization", "denied:197",
      "Hi. I had a sleep study at home done by Nightwell Sleep Center on 5/19, the doctor "
      "ordered it and the center said insurance would cover it. Today I got a denial saying "
      "there was no authorization. I asked them and they said it's the doctor's job to get "
      "it, the doctor's office says it's the sleep center's job. Meanwhile I'm stuck in the "
      "middle with an $820 bill. Also I'm supposed to get a CPAP next and I'm scared the "
      "same thing will happen. Does the CPAP need approval too?",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry you're stuck in the middle. The sleep study claim "
      "from {PROVIDER_NAME} for {DATE_OF_SERVICE} was denied because no prior authorization "
      "was on file. Whichever office should have requested it, if they're in network they "
      "generally can't bill you for their missed authorization, so don't pay it yet. They can "
      "ask for a retrospective review, and you can appeal by {APPEAL_DEADLINE}. For the CPAP: "
      "equipment like that often needs prior approval, so before it's ordered, ask the "
      "equipment supplier to confirm they have an authorization number, or call {PHONE} and "
      "we'll check.",
      claim={"service": "home sleep study", "provider": "Nightwell Sleep Center",
             "billed": "820.00", "date_of_service": "2026-05-19"},
      mentions=["provider", "amount", "date"]),
    D("en", L, "collections", "none",
      "I'm trying to buy a house and the lender pulled my credit and there's a medical "
      "collection on there from like 2 years ago from an urgent care I don't even remember "
      "going to. It's messing up my score right when I need it. I have no idea if insurance "
      "was billed or not, I had a different plan back then with a different company. What can "
      "I do? Can you guys see old claims? Please help, the closing is in a few weeks.",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry this popped up right before your closing. If the "
      "visit was under a different insurance company, we won't have that claim, so start with "
      "the collection agency: ask for written validation of the debt, including the date of "
      "service and provider. If it isn't yours or the amount is wrong, dispute it in writing "
      "with the agency and with the credit bureaus. Under the bureaus' current policies, paid "
      "medical collections are removed from credit reports, so if it is valid, paying it (and "
      "getting proof) should get it taken off. Your old insurer can tell you whether they "
      "were billed."),
    D("en", L, "hsa_fsa", "none",
      "Quick question that's probably not quick. I switched jobs in the middle of the year, "
      "old job had an FSA, new job has this plan with an HSA. I still have some money in the "
      "old FSA. Can I use both? Can I put money in the HSA right away? And my wife had a "
      "dental bill last month, which account should I use for that? I read something online "
      "about not being allowed to have both and getting a tax penalty and now I'm nervous.",
      "Hi {MEMBER_FIRST_NAME}, good question to ask. To contribute to an HSA you can't also "
      "be covered by a general-purpose FSA, and that includes one from a previous job if it "
      "still reimburses your expenses (for example during a grace period). Your old FSA "
      "usually ends when you leave the job unless you elected COBRA for it; check with your "
      "old employer's FSA administrator on the date it ended and whether you can still claim "
      "expenses from before you left. Your wife's dental bill is an eligible expense for "
      "either account, as long as the FSA claim is for care while the FSA covered you. A tax "
      "adviser can help with the exact contribution amounts for a partial year."),
    D("en", L, "complaint", "paid",
      "I want this on record. On my visit to Dr. Leon Marsh on 3/11 the doctor spent maybe 4 "
      "minutes with me, didn't examine me, and then billed a 'comprehensive' visit. When I "
      "asked the front desk about the bill they were dismissive and told me to take it up "
      "with my insurance. I'm not even mad about the money, it was $40, I'm mad about the "
      "attitude and feeling like they're padding the bill. Is there someone at the insurance "
      "company who looks at this kind of thing?",
      "Hi {MEMBER_FIRST_NAME}, thank you for telling us, and I'm sorry about how you were "
      "treated. There are two things we can do: file a grievance about your experience with "
      "{PROVIDER_NAME}'s office, and have the billing on the {DATE_OF_SERVICE} claim reviewed "
      "if you believe the visit level doesn't match the care you got. Please reply with a "
      "short description of what happened (you've already given most of it) and confirm you'd "
      "like both; you'll get a written response to the grievance.",
      claim={"service": "office visit", "provider": "Dr. Leon Marsh",
             "member_owes": "40.00", "date_of_service": "2026-03-11"},
      mentions=["provider", "date", "amount"]),
    D("en", L, "ambulance", "ambulance_air",
      "My dad had a stroke while he was at our cabin up north and they flew him by helicopter "
      "to the city hospital, he's recovering now thank god. We just got a bill from "
      "SkyLift Air Medical for $52,300. FIFTY TWO THOUSAND. My brother says we should just "
      "negotiate, my sister says we should ignore it because insurance will deal with it. My "
      "dad is on my plan as a dependent (long story). Do we owe this? What do we do first?",
      "Hi {MEMBER_FIRST_NAME}, I'm glad your dad is recovering. Please don't pay or ignore "
      "it — here's what applies: air ambulance services are covered by the No Surprises Act, "
      "so even if {PROVIDER_NAME} isn't in our network, they can only bill your dad his "
      "in-network cost sharing, which counts toward the in-network deductible and "
      "out-of-pocket maximum. On this claim that share is {MEMBER_OWES}. Send me a copy of the "
      "bill so we can compare it with claim {CLAIM_NUMBER}, and tell {PROVIDER_NAME} in writing "
      "that you're disputing anything above it. You can also contact the No Surprises Help "
      "Desk at 1-800-985-3059.",
      claim={"service": "air ambulance transport", "provider": "SkyLift Air Medical",
             "billed": "52300.00"},
      mentions=["provider", "amount"]),
    D("en", L, "premiums", "none",
      "So I got my tax credit through the marketplace and pay the rest of the premium every "
      "month. In September I had a lot going on (moving, new job didn't start yet) and I "
      "missed September and now October. I just got a letter that says something about a "
      "grace period and claims being pended. I have a doctor appointment next week. Am I still "
      "covered?? If I pay now does everything go back to normal? I don't want to lose my "
      "insurance.",
      "Hi {MEMBER_FIRST_NAME}, you're not cancelled. Because you get advance premium tax "
      "credits, you have a 3-month grace period. During the first month claims are paid "
      "normally; in the second and third months, claims can be held (pended) until you pay. "
      "If you pay all the past-due premiums before the grace period ends, your coverage "
      "continues and held claims are processed normally. If it ends unpaid, coverage ends "
      "as of the last day of the first grace month. Please pay as soon as you can and call "
      "{PHONE} to confirm the amount due before your appointment."),
    D("en", L, "thanks_followup", "pending",
      "Hi again, it's me, the one with the knee surgery at Alder Creek Surgery Center. I sent "
      "in the itemized bill and the letter from my surgeon like you asked last week, through "
      "the upload thing in the app. It said 'upload successful' but I didn't get any email. "
      "My surgery was a while ago now and the hospital keeps sending me statements. I just "
      "want to make sure everything got to the right person and that I don't have to do "
      "anything else. Thank you for your patience with me!",
      "Hi {MEMBER_FIRST_NAME}, thanks for following up, and there's nothing to apologize "
      "for. The claim from {PROVIDER_NAME} for {DATE_OF_SERVICE} is still being processed. "
      "Uploads through the app usually reach your file within a couple of business days, and "
      "the app doesn't always send a confirmation email. I'll check that your documents are "
      "attached to this claim and reply here. Meanwhile, you can tell the hospital the claim "
      "is still in process so they know.",
      claim={"service": "knee surgery", "provider": "Alder Creek Surgery Center"},
      mentions=["provider"]),
    D("en", L, "out_of_network", "out_of_network",
      "My therapist, who I've been seeing for 3 years, told me she's no longer taking my "
      "insurance as of this year. I didn't realize and kept going, and now I see the claims "
      "from Maple Grove Counseling processed as out of network and I owe way more. I really "
      "don't want to switch therapists, it took me years to find someone I trust. Is there "
      "any way to keep seeing her at in-network prices? Like an exception? And can you "
      "reprocess the ones I already had?",
      "Hi {MEMBER_FIRST_NAME}, I understand how important that relationship is. "
      "{PROVIDER_NAME} is {NETWORK_STATUS} now, so these claims were processed at your "
      "out-of-network level. Some options: if she left the network recently and you're in "
      "active treatment, you may qualify for continuity of care, which can let you keep "
      "seeing her at in-network cost sharing for a limited time — call {PHONE} to ask. You can "
      "also ask us for a network exception if there's no suitable in-network therapist "
      "available. Claims already processed can be reviewed if one of those is approved, so "
      "keep your EOBs."),
    D("en", L, "contact_change", "none",
      "Hi, I need to update a bunch of things and I'm not sure if I can do it all here. I got "
      "divorced (finally) and I'm going back to my maiden name, I moved to a new apartment, "
      "and I have a new cell number. Also I want to make sure my ex-husband can't see any of "
      "my information or my kids' info anymore, he used to call about our claims. What do I "
      "need to send?",
      "Hi {MEMBER_FIRST_NAME}, we can help with all of it. For the name change we'll need a "
      "copy of your divorce decree or updated ID; if your coverage is through an employer, "
      "update it there too. Your address and phone can be changed in your online account or "
      "by phone at {PHONE} after we verify your identity. For privacy: you can ask us to "
      "remove any authorization that let your ex-husband discuss your claims, and you can ask "
      "for confidential communications so we send your mail only where you tell us. Whether "
      "he can still access the children's information can depend on custody, so mention that "
      "when you call."),
]
