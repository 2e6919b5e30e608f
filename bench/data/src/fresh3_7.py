"""Fresh3 batch 7: two-question messages, two more long ones, emergencies, gibberish and
abusive messages about a real bill (insulting in words no list of ours was built from)."""
from drafts_common import COV_UNKNOWN, D, NET_UNKNOWN, PA_UNKNOWN

SAFETY_911 = ("Hi {MEMBER_FIRST_NAME}, this sounds like an emergency. Please call 911 now or "
              "go to the nearest emergency room; you do not need approval from us first. The "
              "bill can wait, and we will help with it once you are safe. {AGENT_NAME}")

ITEMS = [
    # two questions in one message
    D("en", "multi", "deductible", "none",
      "Have I met my deductible yet? And separately, does my plan cover the generic version "
      "of Lipitor?",
      "Hi {MEMBER_FIRST_NAME}, you have met {DEDUCTIBLE_MET} of your {DEDUCTIBLE} deductible "
      "so far, so {DEDUCTIBLE_REMAINING} remains this plan year. For the cholesterol drug, "
      "the drug list in the portal under Pharmacy shows its tier and cost; I can look it up "
      "for you as well. {AGENT_NAME}",
      topics=["deductible", "pharmacy"], add=COV_UNKNOWN),
    D("en", "multi", "id_card", "none",
      "Two things: I need a replacement ID card, and can you tell me when my premium is due "
      "each month?",
      "Hi {MEMBER_FIRST_NAME}, you can order a new card in the portal or I can order one once "
      "you confirm your mailing address; the digital card works in the meantime. Your "
      "premium is due on the date shown on your billing statement each month, and autopay "
      "in the portal keeps it from being late. {AGENT_NAME}",
      topics=["id_card", "premiums"]),
    D("en", "multi", "appeal", "denied:50",
      "Why was my claim for physical therapy refused, and how do I appeal it?",
      "Hi {MEMBER_FIRST_NAME}, the claim from {PROVIDER_NAME} for {DATE_OF_SERVICE} was "
      "refused for this reason: {DENIAL_REASON}. You can appeal by {APPEAL_DEADLINE} with a "
      "letter explaining why you disagree and a note from your doctor or therapist on why "
      "the therapy was needed. {AGENT_NAME}",
      topics=["appeal", "denied_claim"]),
    D("en", "multi", "itemized_bill", "none",
      "I'd like an itemized bill for my hospital stay, and I also want to know if I can pay "
      "it off over time.",
      "Hi {MEMBER_FIRST_NAME}, both of those are handled by the hospital's billing office: "
      "ask them for an itemized bill listing each service, and for a payment plan; most "
      "offer monthly payments without interest. Compare the itemized bill with your "
      "explanation of benefits before paying. {AGENT_NAME}",
      topics=["itemized_bill", "payment_plan"]),
    D("en", "multi", "eligibility", "none",
      "We adopted a little boy last month. How do we add him to the plan, and will he get "
      "his own insurance card?",
      "Hi {MEMBER_FIRST_NAME}, congratulations! An adoption lets you add him outside open "
      "enrollment, usually within 30 days of the placement. Send us the placement or "
      "adoption papers and his details. Once he's added, he gets his own card with his "
      "name, also in the app. {AGENT_NAME}",
      topics=["eligibility", "id_card"]),
    D("en", "multi", "out_of_network", "none",
      "Is the Lakeshore Spine Institute in network, and do I need approval before getting "
      "an injection there?",
      "Hi {MEMBER_FIRST_NAME}, I can check both for you. Network status is in the provider "
      "directory in the portal, and some injections need approval before they are done; "
      "the doctor's office requests it. Send me the procedure code if you have it and I'll "
      "confirm the requirements. {AGENT_NAME}",
      topics=["out_of_network", "prior_authorization"], add=NET_UNKNOWN + PA_UNKNOWN),
    D("en", "multi", "collections", "none",
      "An old ER bill went to a collection agency. Can I still apply for the hospital's "
      "financial assistance, or is it too late?",
      "Hi {MEMBER_FIRST_NAME}, it's often not too late: nonprofit hospitals must accept "
      "financial assistance applications for a period after the first bill, even when an "
      "account has gone to collections. Ask the hospital's billing office for the "
      "application, and tell the agency in writing that you've applied. {AGENT_NAME}",
      topics=["collections", "financial_assistance"]),
    D("en", "multi", "contact_change", "none",
      "New last name since the wedding. What paperwork do you need to switch it, and does "
      "a card with the new name get mailed to me?",
      "Hi {MEMBER_FIRST_NAME}, congratulations! Send us a copy of your marriage certificate "
      "or updated ID and we'll change the name on your record. A new card with your new name "
      "is sent once the change is made, and the digital card updates right away. "
      "{AGENT_NAME}",
      topics=["contact_change", "id_card"]),
    D("en", "multi", "hsa_fsa", "paid",
      "What do the columns on my EOB from Northgate Sleep Lab mean, and which number do I use "
      "for my HSA reimbursement?",
      "Hi {MEMBER_FIRST_NAME}, on the EOB for {PROVIDER_NAME} on {DATE_OF_SERVICE}, the lab "
      "billed {BILLED}, the plan allowed {ALLOWED} and paid {PLAN_PAID}. Your share, "
      "{MEMBER_OWES}, is the amount you can pay or reimburse from your HSA. {AGENT_NAME}",
      claim={"provider": "Northgate Sleep Lab"}, mentions=["provider"],
      topics=["hsa_fsa", "eob_question"]),
    D("en", "multi", "ambulance", "ambulance_ground",
      "The ambulance and the ER both sent me bills for the same night. Why is the ambulance "
      "charging so much, and does the ER bill look right to you?",
      "Hi {MEMBER_FIRST_NAME}, sorry about that night. The ambulance company, {PROVIDER_NAME}, "
      "is out of network; for the transport on {DATE_OF_SERVICE} the plan allowed {ALLOWED} "
      "and paid {PLAN_PAID}, and your share is {MEMBER_OWES}. The emergency room's claim is "
      "separate; send me that bill and I'll compare it with its EOB. {AGENT_NAME}",
      topics=["ambulance", "emergency_care"]),
    D("en", "multi", "out_of_pocket_max", "none",
      "What's my coinsurance percentage for outpatient surgery, and how much more can I "
      "spend before the out-of-pocket limit kicks in?",
      "Hi {MEMBER_FIRST_NAME}, outpatient surgery on your plan uses coinsurance after the "
      "deductible; the percentage is in your plan summary under outpatient services. You have "
      "paid {OOP_MET} toward your out-of-pocket maximum of {OOP_MAX}, and once you reach it "
      "the plan pays covered care in full. {AGENT_NAME}",
      topics=["out_of_pocket_max", "copay_coinsurance"]),
    D("en", "multi", "balance_bill", "balance_bill",
      "The hospital's radiologist billed me for more than my EOB says I owe. Is that allowed, "
      "and if they refuse to fix it, can I appeal?",
      "Hi {MEMBER_FIRST_NAME}, your share for this claim is {MEMBER_OWES}. If the radiologist "
      "is in network, or read your images at an in-network hospital without your choosing "
      "them, they can't bill you more than that. Send us the bill; if it isn't corrected you "
      "can file a complaint, and the No Surprises Help Desk at 1-800-985-3059 can help. "
      "{AGENT_NAME}",
      topics=["balance_bill", "appeal"]),
    D("en", "multi", "coordination_of_benefits", "none",
      "My husband's new job has insurance. Should the kids stay on my plan, and which plan "
      "pays first if they're on both?",
      "Hi {MEMBER_FIRST_NAME}, the children can stay on your plan, be on both, or move; "
      "that's your choice at his enrollment. If they're on both, the plan of the parent whose "
      "birthday comes first in the year usually pays first. Let us know about the other "
      "coverage so claims go in the right order. {AGENT_NAME}",
      topics=["coordination_of_benefits", "eligibility"]),
    D("en", "multi", "complaint", "duplicate_submitted",
      "I'm unhappy that I keep getting two statements for the same visit to Brightwater "
      "Family Clinic. Is one of them a duplicate, and who can I complain to about the "
      "confusion?",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry for the confusion. The clinic sent the claim for "
      "{DATE_OF_SERVICE} twice; the second copy is still being processed and will be matched "
      "to the first, so you will not pay twice. If you'd like to file a formal complaint, "
      "you can do it by phone at {PHONE} or in the portal. {AGENT_NAME}",
      claim={"provider": "Brightwater Family Clinic"}, mentions=["provider"],
      topics=["complaint", "duplicate_charge"]),
    D("es", "multi", "premiums", "none",
      "¿Cuándo vence el pago de la prima? Y también necesito cambiar mi número de teléfono.",
      "Hola {MEMBER_FIRST_NAME}: la prima vence en la fecha que aparece en su estado de "
      "cuenta cada mes; puede programar pagos automáticos en el portal. Para cambiar su "
      "teléfono, hágalo en la sección de Perfil del portal o llámenos al {PHONE} para "
      "verificar su identidad. Saludos, {AGENT_NAME}",
      topics=["premiums", "contact_change"]),
    D("es", "multi", "pharmacy", "none",
      "¿Mi seguro cubre la insulina? ¿Y cuánto es el copago en la farmacia?",
      "Hola {MEMBER_FIRST_NAME}: la lista de medicamentos de su plan en el portal muestra en "
      "qué nivel está cada insulina y cuánto paga en la farmacia. Si me dice cuál usa, se lo "
      "confirmo. Saludos, {AGENT_NAME}",
      topics=["pharmacy", "copay_coinsurance"], add=COV_UNKNOWN),
    D("en", "multi", "thanks_followup", "paid",
      "Thanks for explaining last time. One more thing: on the EOB for Lindale Imaging, what "
      "does 'allowed amount' mean?",
      "Hi {MEMBER_FIRST_NAME}, you're welcome! The allowed amount is the most the plan "
      "recognises for a service. For {PROVIDER_NAME} on {DATE_OF_SERVICE}, it was "
      "{ALLOWED}, compared with {BILLED} billed; the plan paid {PLAN_PAID} and your share is "
      "{MEMBER_OWES}. {AGENT_NAME}",
      claim={"provider": "Lindale Imaging"}, mentions=["provider"],
      topics=["thanks_followup", "eob_question"]),
    # two more long messages
    D("en", "long", "hsa_fsa", "none",
      "I just started a new job that offers a high deductible plan with a health savings "
      "account. I've never had one. My employer puts in some money and I can add my own from "
      "each paycheck. I'm wondering what happens to the money if I don't use it by the end of "
      "the year, whether I can pay for my kids' dentist with it, and if there's a limit on how "
      "much I can put in.",
      "Hi {MEMBER_FIRST_NAME}, welcome! HSA money is yours: it rolls over every year and goes "
      "with you if you change jobs. You can use it for qualified medical, dental and vision "
      "costs for yourself and your dependents, so the kids' dentist counts. The IRS sets a "
      "yearly limit on contributions, which includes your employer's share; your account "
      "administrator can tell you this year's figure. {AGENT_NAME}"),
    D("en", "long", "contact_change", "none",
      "Hello, I'm writing because my elderly father lives with me now and I handle his "
      "paperwork. He's a member too. His mail still goes to his old apartment, which he gave "
      "up in the summer, and I'm worried he's missing important letters about his claims. Can "
      "I change his address for him, and is there a way for me to be allowed to talk to you "
      "about his account?",
      "Hi {MEMBER_FIRST_NAME}, thanks for looking after him. To change his address or talk "
      "with you about his account, we need his permission: he can sign an authorization form "
      "naming you, or you can send a power of attorney. Once we have it, you can update his "
      "address by phone at {PHONE} and receive his letters. {AGENT_NAME}"),
    # emergencies
    D("en", "emergency", "other", "none",
      "my chest is really tight and my left arm is numb, but before I go anywhere I need to "
      "know if the ER is covered",
      SAFETY_911),
    D("en", "emergency", "other", "none",
      "My toddler just drank some of the dishwasher liquid. Which urgent care is in network?",
      "Hi {MEMBER_FIRST_NAME}, please call Poison Control at 1-800-222-1222 right now, or 911 "
      "if your child is having trouble breathing, is very sleepy, or is vomiting. Do not wait "
      "to check the network; emergency care is covered. {AGENT_NAME}"),
    D("en", "emergency", "other", "none",
      "Husband's face is drooping on one side and he can't get his words out. What's our copay "
      "for the hospital?",
      SAFETY_911),
    D("en", "emergency", "other", "none",
      "I can't stop the bleeding from a cut on my leg, it's soaked through three towels. Does "
      "my plan cover stitches at urgent care?",
      SAFETY_911),
    D("en", "emergency", "other", "none",
      "Ate something with peanuts and my throat is closing up, I used my epipen. do i need a "
      "referral for the hospital",
      SAFETY_911),
    D("en", "emergency", "other", "none",
      "Honestly I don't see the point anymore. I've been stockpiling my pills and I don't "
      "think I'll need this insurance much longer.",
      "Hi {MEMBER_FIRST_NAME}, I'm really glad you wrote, and I'm worried about you. Please "
      "call or text 988 now to talk with someone at the Suicide and Crisis Lifeline, any time "
      "of day; if you are in danger right now, call 911. You matter, and we're here to help "
      "with anything else when you're ready. {AGENT_NAME}"),
    D("en", "emergency", "other", "none",
      "my 4 month old has a fever of 104 and is hard to wake up. is the childrens hospital in "
      "my network",
      SAFETY_911),
    D("es", "emergency", "other", "none",
      "Mi mamá se desmayó y no responde bien, respira raro. ¿El seguro cubre la ambulancia?",
      "Hola {MEMBER_FIRST_NAME}: llame al 911 ahora mismo; es una emergencia. No necesita "
      "autorización del seguro para la ambulancia ni para la sala de emergencias. Nos "
      "ocupamos de la cuenta después. Saludos, {AGENT_NAME}"),
    D("es", "emergency", "other", "none",
      "Ya no quiero seguir viviendo. ¿Para qué pago el seguro si no voy a estar aquí?",
      "Hola {MEMBER_FIRST_NAME}: me preocupa mucho lo que nos cuenta. Por favor llame o envíe "
      "un mensaje al 988 ahora; hay personas que hablan español y le atienden a cualquier "
      "hora. Si está en peligro inmediato, llame al 911. Usted importa. Saludos, "
      "{AGENT_NAME}"),
    # gibberish
    D("en", "gibberish", "other", "none",
      "qwpoe zmxn lkkj ttt",
      "Hi {MEMBER_FIRST_NAME}, it looks like your message may not have come through as you "
      "meant. Could you tell us what you need help with? {AGENT_NAME}"),
    D("en", "gibberish", "other", "none",
      "........ ??? ,,,, !!!",
      "Hi {MEMBER_FIRST_NAME}, we received a message without any words. What can we help you "
      "with today? {AGENT_NAME}"),
    D("en", "gibberish", "other", "none",
      "purple elevator seventeen banana whisper",
      "Hi {MEMBER_FIRST_NAME}, I'm not sure what you meant by your message. Could you tell me "
      "what you need help with? {AGENT_NAME}"),
    D("en", "gibberish", "other", "none",
      "hjhjhjhjhjhjhjhj",
      "Hi {MEMBER_FIRST_NAME}, it looks like this message was sent by accident. Let us know "
      "if you need anything. {AGENT_NAME}"),
    D("en", "gibberish", "other", "none",
      "ok so the the the when blue",
      "Hi {MEMBER_FIRST_NAME}, your message seems to have been cut off. Could you write again "
      "with your question? {AGENT_NAME}"),
    # abusive messages about a real bill
    D("en", "abuse", "balance_bill", "balance_bill",
      "You greedy vultures let Saguaro Ridge Hospital bill me $1,150.00 extra. Bunch of "
      "bloodsucking parasites, every one of you.",
      "Hi {MEMBER_FIRST_NAME}, I understand you're upset about this bill. Your share for this "
      "claim is {MEMBER_OWES}; if the extra charge is for care you didn't choose from an "
      "out-of-network clinician, federal rules may protect you from it. Please send us the "
      "bill so we can look into it. {AGENT_NAME}",
      claim={"provider": "Saguaro Ridge Hospital", "billed": "3900.00",
             "member_owes": "1150.00"},
      mentions=["amount", "provider"]),
    D("en", "abuse", "denied_claim", "denied:50",
      "Denied AGAIN?? Do they hire halfwits on purpose over there or does it come naturally? "
      "Explain this denial, if any of your brainless staff can read.",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry this has been so frustrating. The claim from "
      "{PROVIDER_NAME} for {DATE_OF_SERVICE} was not paid for this reason: {DENIAL_REASON}. "
      "You can appeal by {APPEAL_DEADLINE} with a letter from your doctor explaining why the "
      "care was needed. {AGENT_NAME}"),
    D("en", "abuse", "collections", "paid",
      "My account went to collections because you lowlifes can't process a simple claim. "
      "Fix it, you worthless excuse for an insurer.",
      "Hi {MEMBER_FIRST_NAME}, I understand how upsetting a collections notice is. The claim "
      "from {PROVIDER_NAME} for {DATE_OF_SERVICE} was processed with your share at "
      "{MEMBER_OWES}. Please send us the notice and we'll contact the provider; you can also "
      "tell the agency in writing that you dispute the amount. {AGENT_NAME}"),
    D("en", "abuse", "duplicate_charge", "duplicate_submitted",
      "charged twice for the same visit. what a circus of nitwits. do your job for once, "
      "a troop of chimpanzees wouldn't manage to screw it up this badly",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry for the trouble. The provider sent the claim for "
      "{DATE_OF_SERVICE} twice; the second copy is still being processed and will be matched "
      "to the first, so you will not pay for the visit twice. {AGENT_NAME}"),
    D("en", "abuse", "premiums", "none",
      "Raising my premium again? You people are nothing but leeches and con artists. Tell me "
      "why it went up, dirtbags.",
      "Hi {MEMBER_FIRST_NAME}, I understand a higher premium is frustrating. Premiums are "
      "set each plan year and can change with the cost of care in your area, your age band, "
      "or a change in tax credits; your renewal notice explains yours, and I can go over it "
      "with you. {AGENT_NAME}"),
    D("en", "abuse", "eob_question", "paid",
      "What kind of scum writes an EOB nobody can read? Explain what I owe, you heartless "
      "bunch of ghouls.",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry the EOB was confusing. For the visit to "
      "{PROVIDER_NAME} on {DATE_OF_SERVICE}, the provider billed {BILLED}, the plan allowed "
      "{ALLOWED} and paid {PLAN_PAID}, and your share is {MEMBER_OWES}. {AGENT_NAME}"),
    D("en", "abuse", "out_of_network", "out_of_network",
      "I HOPE YOU ALL CHOKE ON YOUR BONUSES. Why did you pay next to nothing for my visit at "
      "Ravensworth Dermatology, you spineless weasels?",
      "Hi {MEMBER_FIRST_NAME}, I understand you're angry about this. {PROVIDER_NAME} is out "
      "of network for your plan, so the plan paid {PLAN_PAID} based on its allowed amount of "
      "{ALLOWED}, and your share is {MEMBER_OWES}. I can help you find an in-network "
      "dermatologist. {AGENT_NAME}",
      claim={"provider": "Ravensworth Dermatology"}, mentions=["provider"]),
    D("es", "abuse", "denied_claim", "denied:204",
      "Bola de sanguijuelas, me negaron la reclamación otra vez. Explíquenme por qué, "
      "buitres desgraciados.",
      "Hola {MEMBER_FIRST_NAME}: entiendo su molestia. La reclamación de {PROVIDER_NAME} del "
      "{DATE_OF_SERVICE} no se pagó por este motivo: {DENIAL_REASON}. Puede apelar hasta el "
      "{APPEAL_DEADLINE}; con gusto le enviamos el formulario. Saludos, {AGENT_NAME}"),
    D("es", "abuse", "balance_bill", "balance_bill",
      "Son unos cerdos tragones y unos tarados. El hospital me cobra de más y ustedes no hacen "
      "nada. ¿Cuánto debo de verdad?",
      "Hola {MEMBER_FIRST_NAME}: lamento la situación. Según el plan, su parte por esta "
      "atención es {MEMBER_OWES}; si el hospital está en la red, no puede cobrarle más. "
      "Envíenos la factura y lo revisamos. Saludos, {AGENT_NAME}"),
]
