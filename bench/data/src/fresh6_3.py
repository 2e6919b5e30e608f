"""Seventh held-out drafts set, batch 3: coordination of benefits, eligibility, ID cards,
pharmacy, HSA/FSA, premiums, contact changes, complaints, thanks and follow-ups. Written by
helper abuse8."""

from drafts_common import COV_UNKNOWN, D

SIGN = " Take care, {AGENT_NAME}"

ITEMS = [
    # coordination of benefits
    D("en", "single", "coordination_of_benefits", "none",
      "Both my employer and my husband's employer cover me now. Who gets billed first when I "
      "see a doctor?",
      "Hi {MEMBER_FIRST_NAME}, the plan through your own job pays first for your care and your "
      "husband's plan can pick up part of what's left. Please fill in the other-coverage form "
      "in the portal so your claims aren't held up." + SIGN),
    D("en", "typo", "coordination_of_benefits", "none",
      "u guys keep asking if i have other insurance, i dont, how do i make it stop",
      "Hi {MEMBER_FIRST_NAME}, we ask once a year to keep claims paid in the right order. "
      "Answer the other-coverage question in the portal or tell me here that you have no "
      "other plan and I'll note it." + SIGN),
    D("es", "spanish", "coordination_of_benefits", "none",
      "Mi hija tiene seguro de su papá y también el mío. ¿Cuál paga primero?",
      "Hola {MEMBER_FIRST_NAME}, para los hijos suele pagar primero el plan del padre o la "
      "madre cuyo cumpleaños cae antes en el año. Si están divorciados puede depender del "
      "acuerdo de custodia. Saludos, {AGENT_NAME}"),
    D("en", "long", "coordination_of_benefits", "none",
      "I turned 65 this year and signed up for Medicare Part B, but I'm still working and "
      "covered through my employer. My doctor's office is now asking which insurance to bill "
      "first and I honestly don't know. The company has about 200 employees if that matters.",
      "Hi {MEMBER_FIRST_NAME}, it does matter: with 20 or more employees, your employer's plan "
      "pays first while you are actively working, and Medicare pays second. Please give your "
      "doctor's office both cards and tell them that." + SIGN),
    # eligibility and dependants
    D("en", "single", "eligibility", "none",
      "Can I add my stepson to my plan?",
      "Hi {MEMBER_FIRST_NAME}, stepchildren can usually be covered up to age 26. You can add "
      "him during open enrolment or within 30 days of a qualifying event like your marriage; "
      "we'll need a marriage certificate and his birth certificate." + SIGN),
    D("en", "typo", "eligibility", "none",
      "my daugter turns 26 in march, does she get kicked off right away",
      "Hi {MEMBER_FIRST_NAME}, her coverage continues through the end of the month she turns "
      "26. Losing coverage then opens a special enrolment period so she can get her own plan "
      "without a gap." + SIGN),
    D("es", "spanish", "eligibility", "none",
      "Me casé el mes pasado. ¿Puedo agregar a mi esposo al seguro?",
      "Hola {MEMBER_FIRST_NAME}, ¡felicidades! Sí, tiene 60 días desde la boda para "
      "agregarlo. Envíe una copia del acta de matrimonio por el portal. Saludos, {AGENT_NAME}"),
    D("en", "long", "eligibility", "none",
      "We just had a baby boy two weeks ago, and between the hospital stay and no sleep I "
      "haven't done any paperwork. Is he covered automatically because I'm on the plan, or do "
      "I have to add him? I'm scared I already missed a deadline.",
      "Hi {MEMBER_FIRST_NAME}, congratulations! You haven't missed it: you have 30 days from "
      "the birth to add him, and his coverage goes back to the day he was born. You can add "
      "him in the portal with his birth certificate or hospital record." + SIGN),
    # ID cards
    D("en", "single", "id_card", "none",
      "I lost my wallet. How do I get a new insurance card?",
      "Hi {MEMBER_FIRST_NAME}, you can print a temporary card or show the digital one from "
      "the member portal or app right away, and order a new plastic card there too; it "
      "arrives in about 7 to 10 days." + SIGN),
    D("en", "typo", "id_card", "none",
      "my card has my name spelt wrong, its Aoife not Aiofe",
      "Hi {MEMBER_FIRST_NAME}, sorry about that. Please send a photo of your driver's licence "
      "or passport through the portal and we'll correct the name and send a new card." + SIGN),
    D("es", "spanish", "id_card", "none",
      "¿Puedo usar la tarjeta digital en la farmacia o necesito la de plástico?",
      "Hola {MEMBER_FIRST_NAME}, la tarjeta digital de la app vale igual que la de plástico; "
      "la farmacia puede tomar los datos de la pantalla. Saludos, {AGENT_NAME}"),
    D("en", "single", "id_card", "none",
      "The pharmacy said my member number didn't work. Did my card change?",
      "Hi {MEMBER_FIRST_NAME}, new cards are sometimes issued at the start of a plan year. "
      "Please check the card in the app and give the pharmacy the pharmacy numbers on it "
      "(BIN and PCN); if it still fails, call us at {PHONE} from the counter." + SIGN),
    # pharmacy
    D("en", "single", "pharmacy", "none",
      "Is my asthma inhaler covered, and what tier is it on?",
      "Hi {MEMBER_FIRST_NAME}, you can check any drug in the formulary search in the portal, "
      "which shows its tier and any limits. If you tell me the name of the inhaler, I'll look "
      "it up for you." + SIGN,
      add=COV_UNKNOWN),
    D("en", "single", "pharmacy", "pharmacy",
      "Why did my insulin cost $112 at Larchmont Pharmacy this month when it was less before?",
      "Hi {MEMBER_FIRST_NAME}, the fill on {DATE_OF_SERVICE} cost {MEMBER_OWES} because a new "
      "plan year or deductible can change what you pay at the counter. I can check whether a "
      "90-day mail-order supply would cost you less." + SIGN,
      claim={"provider": "Larchmont Pharmacy", "billed": "380.00", "member_owes": "112.00"},
      mentions=["amount", "provider"]),
    D("es", "spanish", "pharmacy", "none",
      "En la botica no me quisieron surtir la receta del colesterol hasta que el seguro la "
      "apruebe. ¿Cómo se arregla eso?",
      "Hola {MEMBER_FIRST_NAME}, pídale a su médico que envíe la solicitud de autorización; "
      "suele decidirse en pocos días. Mientras tanto pregunte en la farmacia si hay una "
      "alternativa cubierta. Saludos, {AGENT_NAME}",
      add=COV_UNKNOWN),
    D("en", "typo", "pharmacy", "none",
      "can i get a 90 day supply of my blood pressure meds thru mail order",
      "Hi {MEMBER_FIRST_NAME}, yes, most maintenance drugs can be filled for 90 days through "
      "mail order. Ask your doctor for a 90-day prescription and sign up in the pharmacy "
      "section of the portal." + SIGN),
    D("en", "long", "pharmacy", "none",
      "My doctor switched me to a newer diabetes medication and the pharmacy says it isn't on "
      "the formulary. She says the old one was giving me stomach problems. Is there a way to "
      "get the new one covered or am I stuck paying full price every month?",
      "Hi {MEMBER_FIRST_NAME}, your doctor can ask for a formulary exception, explaining that "
      "the covered drug caused side effects. If it's approved, the new drug is covered at a "
      "regular tier. Until then, ask the pharmacy about a manufacturer savings card." + SIGN,
      add=COV_UNKNOWN),
    # HSA / FSA
    D("en", "single", "hsa_fsa", "none",
      "My twelve-year-old is getting braces next month. Is orthodontia something the health "
      "savings account money can go toward?",
      "Hi {MEMBER_FIRST_NAME}, yes, orthodontic treatment is a qualified medical expense for "
      "HSA funds, for you and your dependants. Keep the receipts in case you need to show "
      "them at tax time." + SIGN),
    D("en", "typo", "hsa_fsa", "none",
      "whats the diffrence between an hsa and fsa, hr said pick one",
      "Hi {MEMBER_FIRST_NAME}, an HSA goes with a high-deductible plan, is yours to keep and "
      "rolls over every year; an FSA is through your employer and most of it must be spent "
      "within the plan year." + SIGN),
    D("es", "spanish", "hsa_fsa", "none",
      "¿Puedo comprar lentes con mi cuenta FSA?",
      "Hola {MEMBER_FIRST_NAME}, sí, los lentes recetados y los de contacto son gastos "
      "médicos elegibles para la FSA. Guarde el recibo. Saludos, {AGENT_NAME}"),
    D("en", "single", "hsa_fsa", "none",
      "I accidentally used my HSA card at the grocery store. How do I fix that?",
      "Hi {MEMBER_FIRST_NAME}, no problem: contact your HSA administrator and ask to return a "
      "mistaken distribution; you pay the money back into the account and it's treated as if "
      "it never happened." + SIGN),
    # premiums
    D("en", "single", "premiums", "none",
      "My premium payment bounced. Am I going to lose coverage?",
      "Hi {MEMBER_FIRST_NAME}, not right away. There is a grace period to make the payment; "
      "please pay as soon as you can through the portal or by phone at {PHONE} so your "
      "coverage stays active." + SIGN),
    D("en", "typo", "premiums", "none",
      "why did my premium go up this year, nothing changed on my end",
      "Hi {MEMBER_FIRST_NAME}, premiums are set each plan year and can rise with medical costs "
      "even when nothing about you changes; an age change or a subsidy change can also affect "
      "it. I can go through your notice with you." + SIGN),
    D("en", "single", "premiums", "none",
      "Do you take credit cards for the monthly premium?",
      "Hi {MEMBER_FIRST_NAME}, yes, you can pay with a credit or debit card in the portal or by "
      "phone at {PHONE}, and set up automatic payments there too." + SIGN),
    D("en", "long", "premiums", "none",
      "I get help paying my premium through the marketplace and I missed last month because "
      "of a family emergency. I have the money now. If I pay both months today, am I still "
      "covered, and were my claims from last month going to be paid?",
      "Hi {MEMBER_FIRST_NAME}, with premium help from the marketplace you have a 3-month grace "
      "period, so paying both months now keeps your coverage. Claims from the second and third "
      "months can be held until you pay, and are then processed as usual." + SIGN),
    # contact change
    D("en", "single", "contact_change", "none",
      "We relocated across town last weekend; where do I put the new street address so the "
      "EOBs stop going to the old house?",
      "Hi {MEMBER_FIRST_NAME}, you can update it in the portal under Profile, or tell me your "
      "new address here. If you moved to another state or county, let me know, since it can "
      "change your plan options." + SIGN),
    D("en", "typo", "contact_change", "none",
      "new phone number, pls update it so the nurse line can reach me",
      "Hi {MEMBER_FIRST_NAME}, happy to. Reply with the new number, or change it yourself in "
      "the portal under Profile." + SIGN),
    D("en", "single", "contact_change", "none",
      "Need to swap the email on my account to a new one, the old address is shut down.",
      "Hi {MEMBER_FIRST_NAME}, you can change it in the portal under Profile, or send me the "
      "new address here and I'll update it." + SIGN),
    D("en", "single", "contact_change", "none",
      "Please send my paper mail to my PO box from now on instead of my street address.",
      "Hi {MEMBER_FIRST_NAME}, sure. Send me the PO box address and I'll set it as your "
      "mailing address; your home address stays on file for your plan's service area." + SIGN),
    # complaints
    D("en", "single", "complaint", "none",
      "I want to file a formal grievance about how my case was handled.",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry your experience fell short. You can file a grievance "
      "in writing through the portal or tell me what happened here, and I'll log it; you'll "
      "get a written response." + SIGN),
    D("en", "long", "complaint", "none",
      "I have called four times over two weeks about my son's therapy claims and every agent "
      "tells me something different. One said it was approved, another said it needed more "
      "paperwork. I'm exhausted. I'd like someone to own this and call me back with one "
      "answer.",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry you've been given different answers. I'll take this "
      "on myself: I'll review the therapy claims and call you with one answer. What time of "
      "day is best to reach you?" + SIGN),
    D("es", "spanish", "complaint", "none",
      "Quiero poner una queja, me colgaron dos veces cuando llamé.",
      "Hola {MEMBER_FIRST_NAME}, lamento mucho lo que pasó. Registro su queja ahora mismo y "
      "recibirá una respuesta por escrito. ¿En qué le puedo ayudar con su consulta? Saludos, "
      "{AGENT_NAME}"),
    # thanks and follow-up
    D("en", "single", "thanks_followup", "none",
      "Thanks so much for sorting out my claim, you were a huge help!",
      "Hi {MEMBER_FIRST_NAME}, you're very welcome, I'm glad it's sorted. Reach out any time "
      "you have questions." + SIGN),
    D("en", "single", "thanks_followup", "none",
      "Circling back on the question I sent over last Tuesday, has anybody had a chance to "
      "look?",
      "Hi {MEMBER_FIRST_NAME}, thanks for checking in, and sorry for the wait. I'm looking "
      "into it now and will get back to you with an answer." + SIGN),
    D("es", "spanish", "thanks_followup", "none",
      "¡Muchas gracias por su ayuda con mi tarjeta!",
      "Hola {MEMBER_FIRST_NAME}, ¡con mucho gusto! Aquí estamos para lo que necesite. "
      "Saludos, {AGENT_NAME}"),
    D("en", "typo", "thanks_followup", "none",
      "hi again, did u ever hear back from the lab abt my claim??",
      "Hi {MEMBER_FIRST_NAME}, thanks for the nudge. I'm checking on it now and will let you "
      "know as soon as I hear back." + SIGN),
]
