"""Eleventh held-out drafts set (stop 28), batch 4: ID cards, pharmacy, HSA/FSA, premiums,
contact changes, complaints, thanks and follow-ups, other questions. Helper sets10, general
knowledge; see fresh10_1 for the shapes and `C10`.
"""

from drafts_common import COV_UNKNOWN, PA_UNKNOWN, D
from fresh10_1 import C10

SIGN = "\n\n{AGENT_NAME}"

ITEMS = [
    # ---- ID cards ----
    D("en", "single", "id_card", "none",
      "My new card says my name as KATHERYN but it's KATHRYN. Does it matter? The pharmacy "
      "didn't seem to care.",
      "Hi {MEMBER_FIRST_NAME}, it's worth fixing so claims match your records. Please confirm "
      "the spelling as it appears on your ID, and we will correct it and send a new card; the "
      "digital card in the portal updates too." + SIGN),
    D("en", "typo", "id_card", "none",
      "lost my wallet at the beach w my insurance card in it can i get another one sent and "
      "can i use a pic of it till then",
      "Hi {MEMBER_FIRST_NAME}, sorry about the wallet. We can send a replacement card to the "
      "address on file, and in the meantime the digital card in the member portal or app works "
      "at the doctor's office and pharmacy." + SIGN),
    D("es", "spanish", "id_card", "none",
      "Buenos días, a mi hija de 15 años no le llegó su tarjeta, solo la mía y la de mi esposo. "
      "¿La pueden mandar?",
      "Hola {MEMBER_FIRST_NAME}, con gusto revisamos la tarjeta de su hija y le enviamos una "
      "nueva a la dirección que tenemos. Mientras llega, puede mostrar la tarjeta digital del "
      "portal de miembros." + SIGN),
    D("en", "single", "id_card", "none",
      "Dear sir, I am an elderly gentleman and do not use smartphones. I should like a printed "
      "card sent by post, as the clinic refused the one my nephew showed on his telephone. "
      "Kindly advise.",
      "Hi {MEMBER_FIRST_NAME}, of course. We will mail a printed card to the address on your "
      "record; please let us know if it has changed. It usually arrives within 7 to 10 days."
      + SIGN),
    D("en", "single", "id_card", "none",
      "what's the RxBIN on my card for? the pharmacist asked for it and I had no idea",
      "Hi {MEMBER_FIRST_NAME}, the RxBIN and RxPCN numbers tell the pharmacy where to send your "
      "prescription claims. They are printed on your card, usually on the front or back; give "
      "them to the pharmacist along with your member ID." + SIGN),
    # ---- pharmacy ----
    D("en", "single", "pharmacy", "none",
      "Is Ozempic covered for me? I'm not diabetic, my doctor wants it for weight.",
      "Hi {MEMBER_FIRST_NAME}, coverage for that medicine can depend on what it is prescribed "
      "for. Let me check it on the {PLAN_NAME} drug list; if it needs approval first, your "
      "doctor sends the request with the reasons." + SIGN,
      add=COV_UNKNOWN + PA_UNKNOWN),
    D("en", "typo", "pharmacy", "pharmacy",
      "pharmacy charged me 48.60 for my generic blood pressure pills this month, last month it "
      "was like 10, what happend",
      "Hi {MEMBER_FIRST_NAME}, this fill on {DATE_OF_SERVICE} came to {MEMBER_OWES} for you, "
      "with the plan paying {PLAN_PAID}. A price jump on a generic is often a different "
      "manufacturer or a new plan year with the deductible starting over; ask the pharmacy "
      "about a 90-day supply, which usually costs less." + SIGN,
      claim=C10("81.00", "48.60", "pharmacy"),
      mentions=["amount"]),
    D("es", "spanish", "pharmacy", "none",
      "¿La insulina tiene un precio máximo? Leí que ahora no puede costar más de 35 dólares al "
      "mes.",
      "Hola {MEMBER_FIRST_NAME}, ese límite mensual es de Medicare. En otros planes depende del "
      "plan y del estado, y muchos tienen topes parecidos. Revisamos el costo de su insulina en "
      "la lista de medicamentos de {PLAN_NAME} si nos dice cuál usa." + SIGN),
    D("en", "long", "pharmacy", "none",
      "I've been on the same antidepressant for eight years, it works, I'm stable, and now the "
      "pharmacy says the plan wants me to try two other ones first before they'll cover it. My "
      "doctor is furious. I'm honestly scared of switching. Is there a way around this step "
      "thing?",
      "Hi {MEMBER_FIRST_NAME}, I understand why switching worries you. Step therapy rules have "
      "exceptions: your doctor can ask for one, explaining that you have been stable on this "
      "medicine for years. If it is urgent, the request can be expedited, and if it is turned "
      "down you can appeal." + SIGN,
      add=COV_UNKNOWN + PA_UNKNOWN),
    D("en", "single", "pharmacy", "none",
      "Can I get a vacation override? Leaving for 6 weeks and my refill's due while I'm gone.",
      "Hi {MEMBER_FIRST_NAME}, yes, a vacation supply can usually be arranged. Ask your pharmacy "
      "to request an early refill override before you leave, or ask us for help at {PHONE}."
      + SIGN),
    # ---- HSA / FSA ----
    D("en", "single", "hsa_fsa", "none",
      "Are sunscreen and a first-aid kit FSA eligible? My FSA ends in December and there's "
      "money left.",
      "Hi {MEMBER_FIRST_NAME}, both are generally FSA-eligible: sunscreen with SPF 15 or higher "
      "and first-aid supplies. Check your FSA's deadline; some plans give a grace period or let "
      "a small amount roll over." + SIGN),
    D("en", "typo", "hsa_fsa", "none",
      "can i use my hsa card to pay for my girlfreinds glasses, shes not on my plan",
      "Hi {MEMBER_FIRST_NAME}, HSA money can pay for your own expenses, your spouse's and your "
      "tax dependants'. A girlfriend who is not your tax dependant doesn't qualify, so her "
      "glasses would be a taxable withdrawal with a penalty." + SIGN),
    D("es", "spanish", "hsa_fsa", "none",
      "Cambié de trabajo. ¿Qué pasa con el dinero de mi cuenta HSA? ¿Lo pierdo?",
      "Hola {MEMBER_FIRST_NAME}, no lo pierde: el dinero de una HSA es suyo y se queda con "
      "usted al cambiar de trabajo. Puede seguir usándolo para gastos médicos o pasarlo a otra "
      "cuenta HSA." + SIGN),
    D("en", "single", "hsa_fsa", "none",
      "Is there a limit on how much I can put in the HSA this year? My wife and I are both on "
      "the family plan.",
      "Hi {MEMBER_FIRST_NAME}, yes, the IRS sets a yearly limit, higher for family coverage, "
      "plus a catch-up amount from age 55. With family coverage, the family limit is shared "
      "between you and your wife." + SIGN),
    D("en", "long", "hsa_fsa", "none",
      "I'll be honest, I signed up for the high-deductible plan because it was cheaper and "
      "HR said something about an HSA and I nodded. Now it's the end of the year and I have "
      "an HSA card and I've never used it. Is there a deadline to spend it like the FSA my last "
      "job had?",
      "Hi {MEMBER_FIRST_NAME}, no deadline: unlike an FSA, an HSA has no use-it-or-lose-it rule. "
      "The money stays yours from year to year, even if you change jobs, and you can use it for "
      "qualified medical costs whenever they come up." + SIGN),
    # ---- premiums ----
    D("en", "single", "premiums", "none",
      "My premium went up in January and nobody told me. Why?",
      "Hi {MEMBER_FIRST_NAME}, premiums are set for each plan year and can change at renewal; a "
      "notice goes out before the new year starts. We can go over what changed on your "
      "{PLAN_NAME} plan at {PHONE}." + SIGN),
    D("es", "spanish", "premiums", "none",
      "Se me pasó pagar la prima de este mes. ¿Me cancelan el seguro? Tengo subsidio del "
      "Mercado.",
      "Hola {MEMBER_FIRST_NAME}, no de inmediato: con subsidio del Mercado tiene un periodo de "
      "gracia de 3 meses si ya pagó al menos una prima completa. Pague lo antes posible para "
      "no perder la cobertura." + SIGN),
    D("en", "typo", "premiums", "none",
      "can i pay my premum with a credit card or only bank, and is there a fee",
      "Hi {MEMBER_FIRST_NAME}, you can pay your premium in the member portal by bank transfer "
      "or card; we can confirm whether your plan charges a fee for card payments at {PHONE}."
      + SIGN),
    D("en", "single", "premiums", "none",
      "my parents pay my premium but i'm 24 now and want to pay it myself from my own account, "
      "how do i switch that?",
      "Hi {MEMBER_FIRST_NAME}, you can add your own bank account in the member portal under "
      "billing and make it the payment method; the policyholder may need to approve the change "
      "if you are on their plan." + SIGN),
    D("en", "long", "premiums", "none",
      "Forwarded from my wife:\n\n> From: Anita\n> Subject: premium??\n> The bank shows TWO "
      "premium payments came out this month. Can you find out why before we're overdrawn??\n\n"
      "Can you check? I don't want to miss rent.",
      "Hi {MEMBER_FIRST_NAME}, let me check your premium payments for this month. If a second "
      "payment was taken by mistake, it will be refunded to your account; please tell us the "
      "dates and amounts from your bank statement so we can match them." + SIGN),
    # ---- contact changes ----
    D("en", "single", "contact_change", "none",
      "Please update my phone number. Old one is disconnected. New: five five five, zero one "
      "four two, eight eight one.",
      "Hi {MEMBER_FIRST_NAME}, thank you. We will update your phone number to the one you gave "
      "us and confirm by calling it." + SIGN),
    D("es", "spanish", "contact_change", "none",
      "Me cambié de casa. ¿Dónde cambio mi dirección? No quiero que las cartas se pierdan.",
      "Hola {MEMBER_FIRST_NAME}, puede cambiarla en el portal de miembros, en su perfil, o "
      "mandárnosla aquí y la actualizamos. Si tiene cobertura del Mercado, avise también allí."
      + SIGN),
    D("en", "typo", "contact_change", "none",
      "i got married! new last name, do i need to send something or can i just tell u",
      "Hi {MEMBER_FIRST_NAME}, congratulations! Send us a copy of the marriage certificate or "
      "your new ID with the new name, and we will update your record and send a new card."
      + SIGN),
    D("en", "single", "contact_change", "none",
      "My mother passed away in September. She was on your plan. I'm her son. What do I need "
      "to do?",
      "Hi {MEMBER_FIRST_NAME}, I'm very sorry for your loss. Please send us a copy of the death "
      "certificate and your contact details as her next of kin; we will close her coverage and "
      "let you know about any claims still open." + SIGN),
    D("en", "single", "contact_change", "none",
      "Stop sending paper. How do I switch everything to email only?",
      "Hi {MEMBER_FIRST_NAME}, in the member portal, open your communication preferences and "
      "choose e-mail for EOBs and notices. Some legal notices may still come by mail." + SIGN),
    # ---- complaints ----
    D("en", "long", "complaint", "none",
      "I have been a member for eleven years and I have never once complained, but this has "
      "gone too far. Three phone calls, three different answers, one representative hung up on "
      "me, and my file still says the wrong primary doctor. I want this written down as a "
      "formal complaint. And can someone please just fix the doctor?",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry for the runaround; you shouldn't have had to call three "
      "times. Your message will be filed as a formal grievance and answered in writing. Please "
      "tell us the name of the primary care doctor you want, and we will correct it on your "
      "record." + SIGN),
    D("es", "spanish", "complaint", "none",
      "Quiero poner una queja. La recepcionista del consultorio me trató muy mal por no hablar "
      "bien inglés.",
      "Hola {MEMBER_FIRST_NAME}, lamento mucho lo que pasó; nadie debe recibir ese trato. "
      "Registramos su queja formal y la revisaremos con el consultorio. También tiene derecho a "
      "un intérprete gratis en sus citas." + SIGN),
    D("en", "typo", "complaint", "none",
      "waited on hold 1 hr 20 min, then the call dropped. i want to complain about that AND "
      "still need someone to call me back about my claim",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry, that is far too long. Your complaint about the wait "
      "will be recorded. Please send the best number and time to reach you, and a member of "
      "the team will call you about the claim." + SIGN),
    D("en", "single", "complaint", "none",
      "How do I file a complaint with the state about my insurance company? Asking for a "
      "friend (it's me).",
      "Hi {MEMBER_FIRST_NAME}, you can file a complaint with your state's department of "
      "insurance; their website has a form. We would also like to hear what went wrong, and "
      "can file a grievance with us at the same time." + SIGN),
    D("en", "single", "complaint", "none",
      "The lady at the front desk of my new doctor's office rolled her eyes at my insurance "
      "card. Is that something you care about or should I just go elsewhere?",
      "Hi {MEMBER_FIRST_NAME}, we do care. Please tell us the office's name and the date, and "
      "we will record it as a complaint about a network provider. If you want to change "
      "doctors, we can help you find another one." + SIGN),
    # ---- thanks / follow-up ----
    D("en", "single", "thanks_followup", "none",
      "Just wanted to say thanks to the lady on the phone yesterday, she was very kind to my "
      "mother.",
      "Hi {MEMBER_FIRST_NAME}, thank you for taking the time to tell us; we will pass on your "
      "kind words. Wishing you and your mother well." + SIGN),
    D("es", "spanish", "thanks_followup", "none",
      "Muchas gracias por ayudarme con lo de la tarjeta. ¿Ya quedó todo o tengo que hacer algo "
      "más?",
      "¡De nada, {MEMBER_FIRST_NAME}! Si ya tiene su tarjeta nueva, no tiene que hacer nada más. "
      "Si falta algo, escríbanos aquí." + SIGN),
    D("en", "typo", "thanks_followup", "none",
      "thx!! sry one more, u said someone would call me back abt the claim, whens that",
      "Hi {MEMBER_FIRST_NAME}, no problem! A member of the team will call you back; if it "
      "hasn't happened within two business days, reply here or call us at {PHONE}." + SIGN),
    D("en", "single", "thanks_followup", "none",
      "Following up on my message from last Tuesday about the address. No reply yet. Did it "
      "go through?",
      "Hi {MEMBER_FIRST_NAME}, sorry for the wait. Please send the new address again here, and "
      "we will update your record and confirm it back to you." + SIGN),
    D("en", "single", "thanks_followup", "none",
      "you folks are wonderful. that is all. god bless",
      "Hi {MEMBER_FIRST_NAME}, thank you, that made our day. We're here if you need anything."
      + SIGN),
    D("en", "long", "contact_change", "none",
      "I'm fed up with the mail situation. Every letter you send goes to my old apartment, my "
      "old landlord has been forwarding them for months and now he's moving too, and I only "
      "found out about a denial because he texted me a photo of it. I updated my address in the "
      "portal in the spring. Why is it still wrong, and who actually fixes it?",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry your letters kept going to the old place. Please send "
      "us the new address here; we will correct your record and check why the portal change "
      "did not carry over. If you get coverage through an employer or the Marketplace, update "
      "it there too, since their file can overwrite ours." + SIGN),
    D("en", "typo", "pharmacy", "none",
      "hi im 15 and my mom said to ask u, my acne medicine the pharmacy said its not covered "
      "without something from the doctor?? what do i tell my derm",
      "Hi {MEMBER_FIRST_NAME}, thanks for asking. Some acne medicines need approval before the "
      "plan covers them. Ask your dermatologist's office to send us a prior authorization "
      "request; we will let you and your mom know the decision." + SIGN,
      add=COV_UNKNOWN + PA_UNKNOWN),
    D("en", "typo", "collections", "none",
      "yeah hi this is about a letter from a collection agency it says i owe for a hospital "
      "stay from 2024 but i had insurance with you then so shouldnt you have paid it can you "
      "look",
      "Hi {MEMBER_FIRST_NAME}, yes, we can look. Please send us the hospital's name and the "
      "dates of the stay from the letter; we will check whether we received the claim and how "
      "it was processed. Until then, ask the agency in writing to validate the debt." + SIGN),
    # ---- other ----
    D("en", "single", "other", "none",
      "Do you have a nurse line I can call at night? Not an emergency, just questions about my "
      "son's rash.",
      "Hi {MEMBER_FIRST_NAME}, many plans offer a 24-hour nurse line; the number is on the "
      "back of your card and in the member portal. If the rash spreads fast or he has trouble "
      "breathing, call 911." + SIGN),
    D("en", "single", "other", "none",
      "is telehealth a thing on my plan? like video doctor visits",
      "Hi {MEMBER_FIRST_NAME}, most plans cover video visits, often with a lower copay. The "
      "member portal shows how to start one on {PLAN_NAME}." + SIGN),
]
