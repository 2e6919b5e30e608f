"""Fresh3 batch 5: coordination of benefits, eligibility, ID cards, pharmacy, HSA/FSA."""
from drafts_common import COV_UNKNOWN, D, PA_UNKNOWN

ITEMS = [
    # coordination of benefits
    D("en", "single", "coordination_of_benefits", "none",
      "I have insurance through my job and also through my wife's job. Which one is supposed "
      "to pay first?",
      "Hi {MEMBER_FIRST_NAME}, the plan that covers you as an employee pays first for your "
      "own care, and your wife's plan can pay second. For your children, the plan of the "
      "parent whose birthday comes first in the year usually pays first. Please keep both "
      "plans' details up to date with us so claims are paid in the right order. {AGENT_NAME}"),
    D("en", "single", "coordination_of_benefits", "denied:22",
      "A claim was denied saying another insurance might be primary. I only have you guys!",
      "Hi {MEMBER_FIRST_NAME}, the claim from {PROVIDER_NAME} for {DATE_OF_SERVICE} was held "
      "back because our records suggest other coverage ({DENIAL_REASON}). If you have no "
      "other insurance, you can confirm it in the portal or by phone at {PHONE}, and once "
      "your record is updated the provider can send the claim again. {AGENT_NAME}"),
    D("es", "spanish", "coordination_of_benefits", "none",
      "Tengo Medicaid y también este seguro por mi trabajo. ¿Cuál paga primero?",
      "Hola {MEMBER_FIRST_NAME}: el seguro de su trabajo paga primero y Medicaid paga "
      "después, casi siempre. Es importante que los dos tengan la información del otro "
      "para que las reclamaciones se procesen bien; puede confirmarnos su otra cobertura "
      "por teléfono al {PHONE}. Saludos, {AGENT_NAME}"),
    D("en", "typo", "coordination_of_benefits", "denied:22",
      "my sons claim got rejected, somthing about other coverage. he is only on my plan now, "
      "his dads plan ended in june",
      "Hi {MEMBER_FIRST_NAME}, thanks for letting us know. The claim from {PROVIDER_NAME} for "
      "{DATE_OF_SERVICE} was denied because our records still show other coverage "
      "({DENIAL_REASON}). Please send us the date his father's plan ended, for example a "
      "termination letter; once we update his record, the provider can resubmit. "
      "{AGENT_NAME}"),
    D("en", "single", "coordination_of_benefits", "none",
      "I just turned 65 and signed up for Medicare but I'm still working. Do you need to know "
      "that?",
      "Hi {MEMBER_FIRST_NAME}, yes please. Whether Medicare or your employer's plan pays "
      "first depends mostly on the size of your employer; we need your Medicare details to "
      "send claims in the right order. You can give them to us by phone at {PHONE} or through "
      "the portal. {AGENT_NAME}"),
    # eligibility
    D("en", "single", "eligibility", "none",
      "My daughter was born last Tuesday. How do I add her to my insurance?",
      "Hi {MEMBER_FIRST_NAME}, congratulations! A birth lets you add her outside open "
      "enrollment; you usually have 30 days from the birth (60 on Marketplace plans), and her "
      "coverage starts from her birth date. Send us her name, birth date and a copy of the "
      "birth certificate or hospital record, or add her through the portal. {AGENT_NAME}"),
    D("en", "single", "eligibility", "none",
      "My son turns 26 in March. Does his coverage stop on his birthday?",
      "Hi {MEMBER_FIRST_NAME}, children can stay on a parent's plan until they turn 26. On "
      "most plans coverage ends at the end of the month of the birthday, and losing it lets "
      "him enroll in his own plan outside open enrollment. We'll send a notice before it "
      "ends. {AGENT_NAME}"),
    D("es", "spanish", "eligibility", "none",
      "Me casé el mes pasado. ¿Puedo agregar a mi esposo a mi seguro ahora o tengo que "
      "esperar?",
      "Hola {MEMBER_FIRST_NAME}: ¡felicidades! El matrimonio le permite agregarlo sin esperar "
      "a la inscripción abierta; normalmente tiene 30 días (60 en los planes del Mercado) "
      "desde la boda. Envíenos el certificado de matrimonio y sus datos. Saludos, "
      "{AGENT_NAME}"),
    D("en", "typo", "eligibility", "none",
      "can my stepdaugter be on my plan? shes 19 and in colege out of state",
      "Hi {MEMBER_FIRST_NAME}, yes, stepchildren can be covered until 26, whether or not "
      "they are students or live with you. For care in another state, check that the plan "
      "has providers near her college; emergencies are covered anywhere. Send us her details "
      "to add her. {AGENT_NAME}"),
    D("en", "single", "eligibility", "denied:27",
      "Why does my claim say I wasn't eligible on the date of the visit? I've been covered "
      "since January.",
      "Hi {MEMBER_FIRST_NAME}, the claim from {PROVIDER_NAME} for {DATE_OF_SERVICE} was "
      "denied because our records show no coverage that day ({DENIAL_REASON}). That may be a "
      "gap in your enrollment record. Please send us your enrollment confirmation or a pay "
      "stub showing the premium, and we'll correct it and reprocess the claim. {AGENT_NAME}"),
    # ID cards
    D("en", "single", "id_card", "none",
      "I lost my wallet with my insurance card in it. How can I get a new one?",
      "Hi {MEMBER_FIRST_NAME}, sorry about your wallet. You can print a temporary card or "
      "show the digital one from the member portal or app right away, and order a new "
      "plastic card there; it arrives in about 7 to 10 days. I can also order it for you if "
      "you confirm your mailing address. {AGENT_NAME}"),
    D("en", "single", "id_card", "none",
      "My last name is misspelled on my insurance card. Can that be corrected?",
      "Hi {MEMBER_FIRST_NAME}, yes. Please reply with the correct spelling as it appears on "
      "your legal ID, and we'll correct your record and send a new card. A misspelling can "
      "cause claims to be rejected, so it's worth fixing. {AGENT_NAME}"),
    D("es", "spanish", "id_card", "none",
      "No me ha llegado la tarjeta del seguro y tengo cita el lunes. ¿Qué hago?",
      "Hola {MEMBER_FIRST_NAME}: puede mostrar la tarjeta digital desde la aplicación o el "
      "portal, o imprimir una temporal; el consultorio la acepta. Si quiere, confirmamos su "
      "dirección para que la tarjeta llegue bien. Saludos, {AGENT_NAME}"),
    D("en", "typo", "id_card", "none",
      "whats my member id number? dont have my card on me and the pharmacy is asking",
      "Hi {MEMBER_FIRST_NAME}, for your privacy we don't send member numbers by message, but "
      "you can see it any time on the digital card in the app or portal, and the pharmacy "
      "can look you up with your name and date of birth. {AGENT_NAME}"),
    D("en", "single", "id_card", "none",
      "Does my 8 year old get his own insurance card or does he just use mine?",
      "Hi {MEMBER_FIRST_NAME}, each person on the plan gets their own card with their own "
      "name, so your son should have one. If it didn't arrive, we can order it and it will "
      "also be in the app under his name. {AGENT_NAME}"),
    # pharmacy
    D("en", "single", "pharmacy", "none",
      "Is Ozempic on the formulary for my plan?",
      "Hi {MEMBER_FIRST_NAME}, you can check the drug list for {PLAN_NAME} in the portal "
      "under Pharmacy; it shows the tier and whether approval is needed first. If you tell me "
      "what it's prescribed for, I can look up the coverage rules for you. {AGENT_NAME}",
      add=COV_UNKNOWN + PA_UNKNOWN),
    D("en", "single", "pharmacy", "pharmacy",
      "At the counter they said my new script is on hold until the plan gets paperwork "
      "from my doctor, a prior authorization. Whose move is it now?",
      "Hi {MEMBER_FIRST_NAME}, it means the plan needs information from your doctor before "
      "it covers that drug. Ask your doctor to send the request; urgent ones are answered "
      "within 72 hours. Meanwhile, ask the pharmacist whether a covered alternative would "
      "work for you. {AGENT_NAME}"),
    D("es", "spanish", "pharmacy", "none",
      "¿Puedo recibir mis medicinas por correo? Las tomo todos los meses.",
      "Hola {MEMBER_FIRST_NAME}: sí, para medicinas de uso continuo puede usar el servicio de "
      "farmacia por correo, que envía hasta 90 días de tratamiento. Pida a su médico una "
      "receta para 90 días y regístrese en el portal. Saludos, {AGENT_NAME}",
      add=COV_UNKNOWN),
    D("en", "typo", "pharmacy", "none",
      "why did my inhaler go up so much this month?? same pharmacy same everything",
      "Hi {MEMBER_FIRST_NAME}, sorry for the surprise. Common reasons are a new plan year "
      "starting your deductible again, or the inhaler moving to another tier on the drug "
      "list. Tell me the inhaler's name and I'll check its tier and whether a lower-cost "
      "option is covered. {AGENT_NAME}",
      add=COV_UNKNOWN),
    D("en", "long", "pharmacy", "none",
      "Hi, my doctor switched me to a new blood pressure medicine because the old one gave me "
      "a cough. At the pharmacy they told me the new one isn't on my plan's list and it "
      "would cost me the full price. I don't want to go back to the old medicine. What are "
      "my options, can my doctor do something, and is there a cheaper version of the same "
      "kind of drug that's covered?",
      "Hi {MEMBER_FIRST_NAME}, there are a few options. Your doctor can ask the plan for a "
      "formulary exception, explaining that the old medicine caused side effects. You can "
      "also ask your doctor or pharmacist whether another drug of the same kind is on the "
      "drug list; I can look it up if you send me the name. {AGENT_NAME}",
      add=COV_UNKNOWN),
    # HSA / FSA
    D("en", "single", "hsa_fsa", "none",
      "Can I use my HSA card to pay for my daughter's glasses?",
      "Hi {MEMBER_FIRST_NAME}, yes, prescription glasses are a qualified medical expense, "
      "and your HSA can pay them for a dependent. Keep the receipt in case the account "
      "administrator or the IRS asks for it. {AGENT_NAME}"),
    D("en", "single", "hsa_fsa", "none",
      "What's the difference between an HSA and an FSA? My employer offers both.",
      "Hi {MEMBER_FIRST_NAME}, an HSA goes with a high-deductible plan; the money is yours, "
      "rolls over each year and stays with you if you change jobs. An FSA is run by your "
      "employer; you choose an amount each year and most of it must be used within the plan "
      "year. Both use money before taxes for medical costs. {AGENT_NAME}"),
    D("es", "spanish", "hsa_fsa", "none",
      "¿Con la tarjeta de la cuenta de ahorros de salud puedo pagar el dentista?",
      "Hola {MEMBER_FIRST_NAME}: sí, la atención dental es un gasto médico calificado y puede "
      "pagarla con su cuenta de ahorros de salud. Guarde el recibo por si se lo piden. "
      "Saludos, {AGENT_NAME}"),
    D("en", "typo", "hsa_fsa", "none",
      "my fsa claim got rejected by the fsa people, they want a document showing what i "
      "owed. where do i get that",
      "Hi {MEMBER_FIRST_NAME}, the FSA administrator usually wants the explanation of "
      "benefits, which shows your share for each visit. You can download it from the portal "
      "under Claims and send it to them. {AGENT_NAME}"),
    D("en", "single", "hsa_fsa", "paid",
      "Can you send me something showing what I paid for my visit with Dr. Teodora Balan so I "
      "can get reimbursed from my FSA?",
      "Hi {MEMBER_FIRST_NAME}, the explanation of benefits works for that. For your visit "
      "with {PROVIDER_NAME} on {DATE_OF_SERVICE}, it shows your share as {MEMBER_OWES}. You "
      "can download it from the portal under Claims. {AGENT_NAME}",
      claim={"provider": "Dr. Teodora Balan"}, mentions=["provider"]),
]
