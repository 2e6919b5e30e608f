"""Thirteenth held-out drafts set (stop 30), batch 4: coordination of benefits, eligibility, ID
cards, pharmacy, HSA/FSA, premiums, contact changes, complaints, thanks and follow-ups. Same
shapes as batch 1.
"""

from drafts_common import COV_UNKNOWN, NET_UNKNOWN, PA_UNKNOWN, D  # noqa: F401
from fresh12_common import SIGN, C12

ITEMS = [
    # ---- coordination of benefits ----
    D("en", "single", "coordination_of_benefits", "none",
      "which insurance is primary, mine or my husband's?",
      "Hi {MEMBER_FIRST_NAME}, for your own care, the plan through your own employer is "
      "usually primary and your husband's pays second. For children, the parent whose "
      "birthday comes first in the year usually goes first. I can check what we have on "
      "file for you." + SIGN),
    D("en", "long", "coordination_of_benefits", "none",
      "Hello,\n\nI turned 65 this year and now have Medicare Part A and B, and I also qualify "
      "for Medicaid because of my income. I still have this plan from my late husband's "
      "retiree benefits. My doctor's receptionist asked me which one is 'primary' and I "
      "honestly had no idea what to say. Could you please explain in simple words which "
      "card I should show first?\n\nThank you very much,\nA new retiree",
      "Hi {MEMBER_FIRST_NAME}, congratulations on your retirement. With retiree coverage, "
      "Medicare usually pays first, this plan pays second, and Medicaid pays last. Show all "
      "three cards at each visit so the office can bill them in order. I'll update your "
      "record so our claims line up with that." + SIGN),
    D("es", "spanish", "coordination_of_benefits", "none",
      "Mensaje de voz: sí hola es que ahora tengo dos seguros el de mi chamba y el de mi "
      "esposo y en la clínica me preguntan cuál va primero",
      "Hola {MEMBER_FIRST_NAME}, para su propia atención, normalmente paga primero el seguro "
      "de su trabajo y el de su esposo paga después. Muestre las dos tarjetas en cada "
      "consulta. Puedo revisar lo que tenemos registrado." + SIGN),
    D("en", "typo", "coordination_of_benefits", "none",
      "Hi, the letter ask me about other insurance. I have Medi-Cal also. I must answer or "
      "my claim stop?",
      "Hi {MEMBER_FIRST_NAME}, yes, please answer it: we ask once a year so we know which "
      "coverage pays first. With Medi-Cal, we usually pay first and Medi-Cal pays after. "
      "You can reply by mail, in the portal, or tell me here." + SIGN),
    D("en", "single", "coordination_of_benefits", "paid",
      "My son's braces at Lindenwood Orthodontics: both my plan and my ex's plan cover him. "
      "Who pays what?",
      "Hi {MEMBER_FIRST_NAME}, when a child is on two parents' plans, a court order decides "
      "first if there is one; otherwise the parent whose birthday comes first in the year is "
      "primary. For the {DATE_OF_SERVICE} claim from {PROVIDER_NAME} we paid {PLAN_PAID}, "
      "and the other plan can be billed for the {MEMBER_OWES} left." + SIGN,
      claim=C12("1800.00", "420.00", provider="Lindenwood Orthodontics"),
      mentions=["provider"]),
    D("en", "multi", "coordination_of_benefits", "none",
      "1) I got on my new job's insurance. Do I need to tell you?\n2) Can I keep both for a "
      "while?",
      "Hi {MEMBER_FIRST_NAME}: 1) Yes, please tell us, so we know which plan pays first. "
      "2) You can keep both; the new job's plan would usually be primary and this one "
      "second. If you'd rather end this plan, I can tell you how." + SIGN,
      topics=["coordination_of_benefits", "eligibility"]),
    # ---- eligibility ----
    D("en", "single", "eligibility", "none",
      "am I still covered",
      "Hi {MEMBER_FIRST_NAME}, yes, your {PLAN_NAME} coverage is active. The current plan "
      "year runs until {PLAN_YEAR_END}." + SIGN),
    D("en", "single", "eligibility", "none",
      "Our daughter turns 26 in March. Is she covered through the whole month, and what "
      "happens after?",
      "Hi {MEMBER_FIRST_NAME}, children can stay on a parent's plan until 26; coverage "
      "usually ends at the end of the month she turns 26, but I'll confirm the date on your "
      "plan. After that she can get her own plan, and turning 26 lets her sign up outside "
      "open enrollment." + SIGN),
    D("es", "spanish", "eligibility", "none",
      "formulario\nnombre: en su sistema\ntema: cobertura\nmensaje: mi hijo cumplió 18 y se "
      "fue a la universidad, ¿sigue en mi plan?",
      "Hola {MEMBER_FIRST_NAME}, sí, su hijo sigue cubierto aunque estudie en otra ciudad: "
      "puede quedarse en su plan hasta cumplir 26. Usted no necesita hacer ningún trámite." + SIGN),
    D("en", "typo", "eligibility", "none",
      "Hello. Me and my wife come to this country last year, I get job now with insurance. "
      "When start the cover for my wife? She need doctor soon.",
      "Hello {MEMBER_FIRST_NAME}, welcome. Your wife is covered once she is added to your "
      "plan; a new job lets you add her without waiting for open enrollment. I'll check "
      "whether she's already on your {PLAN_NAME} plan and the date her coverage starts." + SIGN),
    D("en", "long", "eligibility", "none",
      "Web form submission\nName: (member)\nRelationship: self\nCategory: Eligibility\n"
      "Message: I was on Medicaid until last month and just got a letter saying I now "
      "qualify for Medicare too because of my disability. Does that change anything with "
      "this plan? Do I lose it? I have appointments coming up and I really can't have a gap.",
      "Hi {MEMBER_FIRST_NAME}, you don't lose this plan because you qualify for Medicare. "
      "Your {PLAN_NAME} coverage stays active; what can change is which plan pays first. "
      "I'll look at your record and tell you what, if anything, you need to do before your "
      "appointments." + SIGN),
    D("es", "multi", "eligibility", "none",
      "a) ¿mi esposa sigue cubierta si yo me jubilo?\nb) ¿y cuánto subiría la prima?",
      "Hola {MEMBER_FIRST_NAME}: a) depende del plan de jubilados de su empresa; muchos "
      "permiten mantener al cónyuge. Reviso su caso. b) La prima de jubilado suele ser "
      "distinta; le confirmo el monto cuando sepamos qué opción le corresponde." + SIGN,
      topics=["eligibility", "premiums"]),
    # ---- ID card ----
    D("en", "single", "id_card", "none",
      "new card pls",
      "Hi {MEMBER_FIRST_NAME}, I can order a new card to the address on file. Meanwhile, the "
      "digital card in the member app works at any office or pharmacy." + SIGN),
    D("en", "single", "id_card", "none",
      "My son is going back to college next week and needs his own insurance card to keep "
      "there. Can you mail one to his dorm?",
      "Hi {MEMBER_FIRST_NAME}, yes. Send me his dorm address and I'll order a card there for "
      "him. He can also log in to the member app with his own account and use the digital "
      "card right away." + SIGN),
    D("es", "spanish", "id_card", "none",
      "se me perdió la tarjeta del seguro en el camión, ¿cómo pido otra?",
      "Hola {MEMBER_FIRST_NAME}, puedo pedirle una tarjeta nueva a la dirección que tenemos. "
      "Mientras llega, la tarjeta digital de la aplicación funciona en cualquier consultorio "
      "o farmacia." + SIGN),
    D("en", "typo", "id_card", "none",
      "The card come with name wrong, it say Nguyen Thi but my name is Thi Nguyen, family "
      "name is last. Can fix?",
      "Hi {MEMBER_FIRST_NAME}, yes, I can fix the order of your name. I'll correct it on "
      "your record and order a new card with your name as it should be." + SIGN),
    D("en", "single", "id_card", "none",
      "Which card do I show, the red-white-blue Medicare card or yours?",
      "Hi {MEMBER_FIRST_NAME}, show both at every visit. The office will bill them in the "
      "right order. If you have Medicaid too, show that card as well." + SIGN),
    D("en", "multi", "id_card", "none",
      "Two questions: 1. the card says group number, where do I find my member ID? 2. Is "
      "the phone on the back the nurse line?",
      "Hi {MEMBER_FIRST_NAME}: 1. Your member ID is the longer number next to your name on "
      "the front; the group number is your employer's. 2. The back lists member services and "
      "the nurse line; you can also reach us at {PHONE}." + SIGN,
      topics=["id_card", "other"]),
    # ---- pharmacy ----
    D("en", "single", "pharmacy", "pharmacy",
      "why is my inhaler $85 now at Greenleaf Pharmacy",
      "Hi {MEMBER_FIRST_NAME}, for the {DATE_OF_SERVICE} fill at {PROVIDER_NAME} the plan "
      "paid {PLAN_PAID} and your share was {MEMBER_OWES}. It can go up when a new plan "
      "year starts the deductible again or when the drug moves tiers; I can check a "
      "lower-cost alternative your doctor could prescribe." + SIGN,
      claim=C12("210.00", "85.00", "pharmacy", provider="Greenleaf Pharmacy"),
      mentions=["amount", "provider"]),
    D("en", "long", "pharmacy", "none",
      "Our son is 20 and studying abroad for the spring semester. He takes a daily "
      "medication for ADHD. The pharmacy says they can only give a 30-day supply. Is there "
      "any way to get a vacation override for four months, or a mail order he can take with "
      "him? He leaves in three weeks.",
      "Hi {MEMBER_FIRST_NAME}, for travel abroad you can ask for a vacation supply override; "
      "his doctor or pharmacy sends us the request. Controlled medicines often have tighter "
      "limits, so a full four months may not be possible, and other countries have their "
      "own rules on bringing them in. I'll check what his plan allows." + SIGN,
      drop=COV_UNKNOWN),
    D("es", "spanish", "pharmacy", "pharmacy",
      "Buzón de voz: hola le hablo por la insulina que compré en Farmacia San Martín me "
      "cobraron 35 es lo que tengo que pagar o está mal",
      "Hola {MEMBER_FIRST_NAME}, sí, es correcto: en la compra del {DATE_OF_SERVICE} en "
      "{PROVIDER_NAME}, el plan pagó {PLAN_PAID} y a usted le tocan {MEMBER_OWES}." + SIGN,
      claim=C12("180.00", "35.00", "pharmacy", provider="Farmacia San Martín"),
      mentions=["amount", "provider"]),
    D("en", "typo", "pharmacy", "none",
      "my medicine for the blood pressure, pharmacy say need prior auth now. before is no "
      "need. what happen?",
      "Hi {MEMBER_FIRST_NAME}, sometimes a drug's rules change at the start of a plan year, "
      "and it then needs approval first. Your doctor can send the request, or switch to a "
      "similar drug that doesn't need it. Tell me the medicine's name and I'll check." + SIGN,
      drop=PA_UNKNOWN),
    D("en", "single", "pharmacy", "none",
      "Medicare Part D plus Medicaid: do I still pay anything at the pharmacy?",
      "Hi {MEMBER_FIRST_NAME}, with both, you usually qualify for Extra Help, so drug copays "
      "are small. The exact amount depends on the drug's tier; tell me which medicines you "
      "take and I'll check." + SIGN),
    D("es", "multi", "pharmacy", "none",
      "1. ¿Puedo pedir mis medicinas por correo?\n2. ¿Sale más barato que en la farmacia?",
      "Hola {MEMBER_FIRST_NAME}: 1. Sí, para medicinas que toma todos los días puede usar la "
      "farmacia por correo del plan; su médico manda la receta. 2. Muchas veces sí, sobre "
      "todo con suministros de 90 días; le reviso el precio de las suyas si me dice "
      "cuáles son." + SIGN,
      topics=["pharmacy", "copay_coinsurance"]),
    # ---- HSA / FSA ----
    D("en", "single", "hsa_fsa", "none",
      "hsa for glasses ok?",
      "Hi {MEMBER_FIRST_NAME}, yes, prescription glasses and contact lenses are qualified "
      "medical expenses, so you can pay for them from your HSA. Keep the receipt." + SIGN),
    D("en", "single", "hsa_fsa", "none",
      "Can I use my HSA to pay for my college son's doctor bills? He's 22 and on our plan "
      "but not a dependent for tax any more.",
      "Hi {MEMBER_FIRST_NAME}, HSA money can only be used tax-free for you, your spouse and "
      "your tax dependents, so usually not for a child who is no longer one. A tax adviser "
      "can confirm for your situation." + SIGN),
    D("es", "spanish", "hsa_fsa", "none",
      "¿Con la tarjeta de la cuenta FSA puedo pagar la cita del dentista?",
      "Hola {MEMBER_FIRST_NAME}, sí. La consulta y los tratamientos del dentista son gastos "
      "médicos que se pueden pagar con la FSA. Guarde el recibo por si se lo piden." + SIGN),
    D("en", "typo", "hsa_fsa", "none",
      "FSA money finish at end of year? I still have some, I don't want lose it.",
      "Hi {MEMBER_FIRST_NAME}, most FSAs lose unused money after the plan year, but many "
      "employers allow a grace period or a small carryover. Check your employer's FSA rules, "
      "and use what's left on eligible things like glasses or a dental visit." + SIGN),
    D("en", "multi", "hsa_fsa", "none",
      "- HSA: allowed with my plan or not?\n- if I open one, anything different about how "
      "my deductible works?",
      "Hi {MEMBER_FIRST_NAME}: you can open an HSA only with a high-deductible plan that "
      "qualifies; I'll check whether {PLAN_NAME} does. Opening one doesn't change your "
      "deductible or how it works." + SIGN,
      topics=["hsa_fsa", "deductible"]),
    D("en", "long", "hsa_fsa", "none",
      "Forwarded from my HR portal:\n  'Your Health Savings Account contribution limit for "
      "the year has been reached.'\n\nI thought I set up a small amount per paycheck, so I'm "
      "surprised. Does that mean I can't pay for my prescriptions with the HSA card anymore? "
      "Or is it only about putting money in? I have a few refills due before the new year.",
      "Hi {MEMBER_FIRST_NAME}, that message only means you can't put more money in this "
      "year. You can still spend what's already in the account, so your HSA card will keep "
      "working for prescriptions as long as there's a balance." + SIGN),
    # ---- premiums ----
    D("en", "single", "premiums", "none",
      "when does the premium get pulled each month",
      "Hi {MEMBER_FIRST_NAME}, your premium is due on the same day each month; the portal's "
      "billing page shows the date and the amount. I can also set up automatic payment so "
      "it's never late." + SIGN),
    D("en", "single", "premiums", "none",
      "I pay my college daughter's share of the premium. If she drops off the plan, does it "
      "go down right away?",
      "Hi {MEMBER_FIRST_NAME}, it goes down from the month after she is removed from the "
      "plan; it depends on whether you move to a smaller coverage level. I can check what "
      "your premium would be without her." + SIGN),
    D("es", "spanish", "premiums", "none",
      "Quiero pagar la prima con tarjeta, ¿se puede por teléfono?",
      "Hola {MEMBER_FIRST_NAME}, sí. Puede pagar con tarjeta llamando al {PHONE} o en el "
      "portal, en la sección de pagos, donde también puede activar el pago automático." + SIGN),
    D("en", "typo", "premiums", "none",
      "Why premium go up this year? Nothing change for me. Please explain simple.",
      "Hi {MEMBER_FIRST_NAME}, premiums can go up each plan year as health care costs rise, "
      "even when nothing changes for you. Your renewal letter shows the new amount; I can "
      "look at your {PLAN_NAME} plan and see if a lower-cost option fits you." + SIGN),
    D("en", "long", "premiums", "none",
      "Dear Sir or Madam,\n\nI was recently informed by my bank that my premium payment for "
      "this month was returned. I believe this happened because I changed banks and "
      "neglected to update my details. I would like to pay the outstanding premium at once "
      "and to ensure my coverage is not interrupted. Kindly advise the correct procedure.\n\n"
      "Yours sincerely,\nA member",
      "Dear {MEMBER_FIRST_NAME}, thank you for letting us know. You can pay the missed "
      "premium in the portal or by phone at {PHONE}, and update your bank details there too. "
      "There is a grace period, so paying now keeps your coverage in place." + SIGN),
    D("es", "multi", "premiums", "none",
      "• ¿cuánto es mi prima este mes?\n• ¿puedo cambiar la fecha de pago?",
      "Hola {MEMBER_FIRST_NAME}: el monto de la prima aparece en el portal en la sección de "
      "pagos, o se lo confirmo yo. Y sí, en muchos planes se puede cambiar la fecha de "
      "cobro; le reviso qué opciones tiene el suyo." + SIGN,
      topics=["premiums", "payment_plan"]),
    # ---- contact change ----
    D("en", "single", "contact_change", "none",
      "new phone number, how to update",
      "Hi {MEMBER_FIRST_NAME}, you can update your phone number in the portal under profile, "
      "or send it to me here and I'll change it on your record." + SIGN),
    D("en", "single", "contact_change", "none",
      "My son just moved into his dorm. Can you mail his plan stuff there instead of home?",
      "Hi {MEMBER_FIRST_NAME}, yes. Since he's an adult, he can set his own mailing address "
      "in the portal, or send me the dorm address with his okay and I'll update it." + SIGN),
    D("es", "spanish", "contact_change", "none",
      "Me cambié de casa, ¿me ayudan a cambiar la dirección?",
      "Hola {MEMBER_FIRST_NAME}, claro. Mándeme la dirección nueva por aquí y la cambio en "
      "su registro, o puede hacerlo usted en el portal, en su perfil." + SIGN),
    D("en", "typo", "contact_change", "none",
      "I want change my email. The old one my nephew make for me, I can't open it anymore.",
      "Hi {MEMBER_FIRST_NAME}, of course. Send me your new e-mail address here and I'll "
      "update your record. You can also change it in the portal under profile." + SIGN),
    D("en", "long", "contact_change", "none",
      "Web form\nFirst name: (member)\nReason for contact: Update my information\nDetails: "
      "My mother passed away in the spring and I've been handling her mail. Some of her "
      "plan letters still come to her old apartment, and I'd like them to come to me while "
      "the estate is settled. I have the executor papers if needed.",
      "Hi {MEMBER_FIRST_NAME}, I'm very sorry for your loss. Please send us a copy of the "
      "executor papers and the address you'd like us to use; once they're on file we can "
      "send her remaining plan mail to you." + SIGN),
    D("en", "single", "contact_change", "none",
      "stop mailing me paper pls, email only",
      "Hi {MEMBER_FIRST_NAME}, you can switch to e-mail only in the portal under "
      "communication preferences, or I can change it for you if you reply here to confirm "
      "the e-mail address we should use." + SIGN),
    # ---- complaint ----
    D("en", "single", "complaint", "none",
      "file a complaint how",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry something went wrong. You can file a grievance in "
      "the portal, by mail, or by telling me here what happened; we'll review it and reply "
      "in writing." + SIGN),
    D("en", "long", "complaint", "none",
      "Dear Grievance Department,\n\nI wish to lodge a formal complaint regarding the "
      "treatment I received on the telephone last Thursday. I called three times about my "
      "mother's claim, was transferred repeatedly, and was disconnected each time. My mother "
      "is 88 and has both Medicare and Medicaid; these calls are not easy for us. I would "
      "appreciate a written response.\n\nRespectfully,\nHer daughter and caregiver",
      "Dear {MEMBER_FIRST_NAME}, I'm truly sorry for those calls. I'll file your complaint "
      "as a formal grievance so it's reviewed and answered in writing. I can also help with "
      "your mother's claim here, so you don't have to call again; tell me what you need." + SIGN),
    D("es", "spanish", "complaint", "none",
      "Quiero poner una queja, me tuvieron en espera una hora y media y luego me colgaron.",
      "Hola {MEMBER_FIRST_NAME}, lamento mucho lo que pasó. Registro su queja formal y "
      "recibirá una respuesta por escrito. Si me dice para qué llamaba, le ayudo ahora mismo "
      "por aquí." + SIGN),
    D("en", "typo", "complaint", "none",
      "I am very not happy. The lady on phone she say my English is bad and hang up. This "
      "is not ok.",
      "Hi {MEMBER_FIRST_NAME}, I'm very sorry; that should never happen. I'll report it as a "
      "formal complaint. You can also ask for an interpreter at any time, free of charge. "
      "What can I help you with today?" + SIGN),
    D("en", "multi", "complaint", "none",
      "1. I want to complain about how long my appeal is taking.\n2. And who do I contact "
      "outside your company if it doesn't get fixed?",
      "Hi {MEMBER_FIRST_NAME}: 1. I'm sorry for the wait; I'll file your complaint and check "
      "where your appeal stands. 2. If you're not satisfied, you can ask for an external "
      "review or contact your state's insurance department; the details are in your plan "
      "documents." + SIGN,
      topics=["complaint", "appeal"]),
    # ---- thanks / follow-up ----
    D("en", "single", "thanks_followup", "none",
      "got it, appreciate u 🙏",
      "You're welcome, {MEMBER_FIRST_NAME}! Let us know if anything else comes up." + SIGN),
    D("en", "single", "thanks_followup", "none",
      "Circling back: I wrote last week about my son's campus clinic bill and haven't "
      "heard. Anything yet?",
      "Hi {MEMBER_FIRST_NAME}, thanks for following up, and sorry for the wait. I'll check "
      "where your earlier question stands and reply here with an update." + SIGN),
    D("es", "spanish", "thanks_followup", "none",
      "Muchísimas gracias por su ayuda, la señorita fue muy amable.",
      "¡Con mucho gusto, {MEMBER_FIRST_NAME}! Gracias por sus palabras. Aquí estamos si "
      "necesita algo más." + SIGN),
    D("en", "typo", "thanks_followup", "none",
      "Salamat po for the help last time, the bill is ok now. God bless.",
      "You're very welcome, {MEMBER_FIRST_NAME}! I'm glad the bill is sorted. Write any time "
      "you need us." + SIGN),
    D("en", "long", "thanks_followup", "none",
      "Dear Team,\n\nI wanted to write a short note of thanks. Over the last few months you "
      "helped me sort out my late wife's bills, my own Medicare questions and a card that "
      "kept going to the wrong address. Each person was patient with an old man who does "
      "not like computers. Please pass my thanks along.\n\nWith gratitude,\nA member",
      "Dear {MEMBER_FIRST_NAME}, thank you so much for this kind note; I'll pass it on to "
      "the team. I'm very sorry about your wife, and glad we could help. We're here whenever "
      "you need us." + SIGN),
    D("en", "multi", "thanks_followup", "none",
      "Thanks for fixing my address! One more: do I need to do anything for open "
      "enrollment?",
      "You're welcome, {MEMBER_FIRST_NAME}! For open enrollment, you only need to act if "
      "you want to change plans or add or remove someone; otherwise your coverage renews. "
      "I'm glad to go over the options with you." + SIGN,
      topics=["thanks_followup", "eligibility"]),
]
