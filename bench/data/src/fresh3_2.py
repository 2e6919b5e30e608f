"""Fresh3 batch 2: denials, prior authorization, networks, balance bills."""
from drafts_common import D, NET_UNKNOWN, PA_UNKNOWN

ITEMS = [
    # denied claims
    D("en", "single", "denied_claim", "denied:50",
      "Northgate Sleep Lab's overnight study got refused, the letter calls it not "
      "medically necessary. My doctor ordered it because I stop breathing at night! What now?",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry about this. The claim for your sleep study at "
      "{PROVIDER_NAME} on {DATE_OF_SERVICE} was not paid for this reason: {DENIAL_REASON}. "
      "You can appeal: ask your doctor for a letter explaining why the study was needed, with "
      "the notes about your symptoms, and send it with your appeal by {APPEAL_DEADLINE}. We "
      "can send you the appeal form. {AGENT_NAME}",
      claim={"provider": "Northgate Sleep Lab"}, mentions=["provider"]),
    D("en", "single", "denied_claim", "denied:16",
      "Claim C26-0071452 came back with a note about missing information. What information is "
      "missing and who is supposed to send it?",
      "Hi {MEMBER_FIRST_NAME}, claim {CLAIM_NUMBER} from {PROVIDER_NAME} was returned because "
      "it lacked information the plan needs to process it ({DENIAL_REASON}). This is usually "
      "a coding or billing detail, so the provider's office needs to correct the claim and "
      "send it again; you do not need to do anything except let them know. {AGENT_NAME}",
      claim={"claim_number": "C26-0071452"}, mentions=["claim_number"]),
    D("es", "spanish", "denied_claim", "denied:27",
      "Me rechazaron una reclamación diciendo que no tenía cobertura ese día, pero yo pagué "
      "todas mis primas. ¿Qué pasó?",
      "Hola {MEMBER_FIRST_NAME}: la reclamación de {PROVIDER_NAME} del {DATE_OF_SERVICE} "
      "no se pagó por este motivo: {DENIAL_REASON}. Puede ser un error en las fechas de su "
      "inscripción. Si tiene comprobantes de pago de esas primas, envíenoslos y revisamos su "
      "cobertura; también puede apelar antes del {APPEAL_DEADLINE}. Saludos, {AGENT_NAME}"),
    D("en", "typo", "denied_claim", "denied:29",
      "my claim from Harlan Diagnostics Lab got denyed for 'time limit for filing expired'. "
      "thats not my fault?? do i have to pay it",
      "Hi {MEMBER_FIRST_NAME}, the claim from {PROVIDER_NAME} for {DATE_OF_SERVICE} was "
      "denied because the lab sent it after the filing deadline ({DENIAL_REASON}). Filing on "
      "time is the provider's job; an in-network provider cannot bill you for a claim denied "
      "for late filing. If they send you a bill, tell them the reason on your EOB, or send it "
      "to us. {AGENT_NAME}",
      claim={"provider": "Harlan Diagnostics Lab"}, mentions=["provider"]),
    D("en", "single", "denied_claim", "denied:204",
      "Why wasn't my hearing aid fitting paid? The EOB says something about the benefit plan.",
      "Hi {MEMBER_FIRST_NAME}, the claim for your visit with {PROVIDER_NAME} on "
      "{DATE_OF_SERVICE} was not paid because that service is not included in your plan's "
      "benefits ({DENIAL_REASON}). If your doctor believes it should be covered, you can "
      "appeal by {APPEAL_DEADLINE}, and an HSA or FSA may be able to pay for it. {AGENT_NAME}"),
    D("en", "long", "denied_claim", "denied:96",
      "Hello. I had some blood work done at the beginning of the fall when my doctor was "
      "checking my thyroid, and today I got a letter saying the claim won't be paid, with a "
      "code I don't recognise and the words non-covered charge. I've had this same test before "
      "and I don't remember ever paying for it. I want to understand exactly why this time is "
      "different, whether somebody coded it wrong, and what steps I should take before the lab "
      "starts sending me bills.",
      "Hi {MEMBER_FIRST_NAME}, thanks for writing. The claim from {PROVIDER_NAME} for "
      "{DATE_OF_SERVICE} was not paid for this reason: {DENIAL_REASON}. When a test that was "
      "paid before is refused, a change in the diagnosis code the lab sent is a common cause, "
      "so ask your doctor's office to check the codes on the order. If they correct it, the lab "
      "can send the claim again; otherwise you can appeal by {APPEAL_DEADLINE}. {AGENT_NAME}"),
    # prior authorization
    D("en", "single", "prior_authorization", "none",
      "Does an MRI of my lower back need to be approved ahead of time?",
      "Hi {MEMBER_FIRST_NAME}, some imaging needs approval before it is done and some does "
      "not; it depends on the procedure code and where it is done. Your doctor's office "
      "normally submits the request. If you send me the procedure code or the name of the "
      "imaging center, I can check the requirement for you. {AGENT_NAME}",
      add=PA_UNKNOWN),
    D("en", "single", "prior_authorization", "denied:197",
      "My surgery claim from Kestrel Valley Medical Center was denied for no precertification. "
      "The surgeon's office promised me they would take care of that!",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry for the frustration. The claim from {PROVIDER_NAME} "
      "on {DATE_OF_SERVICE} was denied because no approval was on file before the surgery "
      "({DENIAL_REASON}). When an in-network provider is responsible for getting approval, "
      "they generally cannot bill you for it. Please ask the surgeon's office to request a "
      "review or file an appeal with their records by {APPEAL_DEADLINE}. {AGENT_NAME}",
      claim={"provider": "Kestrel Valley Medical Center"}, mentions=["provider"]),
    D("es", "spanish", "prior_authorization", "none",
      "Mi doctor mandó la solicitud de autorización previa hace una semana. ¿Cuánto tiempo "
      "tarda en salir la respuesta?",
      "Hola {MEMBER_FIRST_NAME}: las solicitudes urgentes se deciden en un plazo de 72 horas; "
      "las normales pueden tardar más. Si me da el nombre del médico, reviso en qué estado "
      "está la solicitud y le aviso. Saludos, {AGENT_NAME}",
      add=PA_UNKNOWN),
    D("en", "typo", "prior_authorization", "none",
      "who gets the pre auth, me or the dr? i have an apointment with a cardiologist next "
      "week and nobody told me anything",
      "Hi {MEMBER_FIRST_NAME}, when approval is needed, the doctor's office asks the plan for "
      "it, not you. A first visit with a specialist often does not need one, but tests they "
      "order might. You can ask the cardiologist's office whether they have requested anything, "
      "and I can check too if you give me their name. {AGENT_NAME}",
      add=PA_UNKNOWN),
    D("en", "long", "prior_authorization", "none",
      "Hi, my physical therapist says I'll need about twenty more sessions after my shoulder "
      "repair and that the insurance may want paperwork first. I don't want to start and then "
      "find out halfway that none of it is covered. Can you tell me if therapy visits need "
      "approval, how many visits the plan allows in a year, and what happens if the approval "
      "is still pending when I have my next appointment?",
      "Hi {MEMBER_FIRST_NAME}, good idea to ask first. Whether therapy needs approval, and how "
      "many visits are allowed each year, is set by your plan {PLAN_NAME}; I can look up both "
      "if you send me the therapist's name. The therapist's office submits the request. If it "
      "is still being reviewed at your next visit, ask them whether to wait, since visits "
      "before an approval may not be paid. {AGENT_NAME}",
      add=PA_UNKNOWN),
    # out of network
    D("en", "single", "out_of_network", "none",
      "Is Dr. Marguerite Osei in network with my plan? She's a dermatologist.",
      "Hi {MEMBER_FIRST_NAME}, networks change, so the best check is the provider directory in "
      "the member portal, searching by her name and the office address, or calling us at "
      "{PHONE}. It also helps to ask her office whether they take {PLAN_NAME} at that "
      "location. {AGENT_NAME}",
      add=NET_UNKNOWN),
    D("en", "single", "out_of_network", "out_of_network",
      "Why did I get so little back for my visit at Ravensworth Dermatology? My friend said "
      "insurance pays most of it.",
      "Hi {MEMBER_FIRST_NAME}, {PROVIDER_NAME} is out of network for your plan, so the plan "
      "pays based on its allowed amount of {ALLOWED} rather than the billed {BILLED}, and it "
      "paid {PLAN_PAID}. Your share is {MEMBER_OWES}. Seeing an in-network dermatologist "
      "would usually cost you less; I can help you find one. {AGENT_NAME}",
      claim={"provider": "Ravensworth Dermatology"}, mentions=["provider"]),
    D("es", "spanish", "out_of_network", "none",
      "¿Cómo encuentro un pediatra que esté dentro de la red cerca de mi casa?",
      "Hola {MEMBER_FIRST_NAME}: en el portal para miembros puede buscar pediatras de la red "
      "por código postal, idioma y si aceptan pacientes nuevos. Si prefiere, llámenos al "
      "{PHONE} y le ayudamos a buscar. Saludos, {AGENT_NAME}",
      add=NET_UNKNOWN),
    D("en", "typo", "out_of_network", "out_of_network",
      "my therapist at Sunfield Behavioral Health is out of netwrk, can i get reimbursed for at "
      "least some of it",
      "Hi {MEMBER_FIRST_NAME}, yes, your plan pays part of out-of-network care. For your visit "
      "with {PROVIDER_NAME} on {DATE_OF_SERVICE}, the plan allowed {ALLOWED} and paid "
      "{PLAN_PAID}; your share is {MEMBER_OWES}. If you paid the therapist up front, send us "
      "the receipt with a claim form and we reimburse the plan's part. {AGENT_NAME}",
      claim={"provider": "Sunfield Behavioral Health"}, mentions=["provider"]),
    D("en", "long", "out_of_network", "none",
      "We're moving across the country in January for my husband's job, and I'm worried about "
      "the months before we can switch plans. If one of the kids gets sick after we move, will "
      "any doctor near our new home count as in network, or will we be paying out of network "
      "prices for everything? We also have a standing appointment with an allergist here and "
      "I'm not sure whether to keep it.",
      "Hi {MEMBER_FIRST_NAME}, congratulations on the move. Whether doctors near your new home "
      "are in network depends on whether {PLAN_NAME} has a network there; the provider "
      "directory in the portal lets you search by the new ZIP code. Emergency care is covered "
      "anywhere. Moving is also a reason you can change plans outside open enrollment, so "
      "you may not have to wait long. Keeping the allergist visit before you leave is a good "
      "idea. {AGENT_NAME}",
      add=NET_UNKNOWN),
    # balance bills
    D("en", "single", "balance_bill", "balance_bill",
      "Saguaro Ridge Hospital sent me a bill for $1,150.00 on top of what my plan paid, for "
      "the anesthesiologist. I never chose him and didn't know he wasn't in network.",
      "Hi {MEMBER_FIRST_NAME}, when an out-of-network clinician treats you at an in-network "
      "hospital without your choosing them, federal rules limit you to your in-network cost "
      "sharing; for this claim that is {MEMBER_OWES}, not the extra amount. Please don't pay "
      "the balance yet: send us the bill and we will follow up. You can also reach the No "
      "Surprises Help Desk at 1-800-985-3059. {AGENT_NAME}",
      claim={"provider": "Saguaro Ridge Hospital", "billed": "3400.00",
             "member_owes": "1150.00"},
      mentions=["amount", "provider"]),
    D("es", "spanish", "balance_bill", "balance_bill",
      "Después de que pagó el seguro, el hospital quiere que yo cubra todo lo que faltaba "
      "de su precio. ¿Pueden hacer eso?",
      "Hola {MEMBER_FIRST_NAME}: un proveedor de la red no puede cobrarle más que lo que "
      "aparece como su responsabilidad en la explicación de beneficios. Para la atención en "
      "{PROVIDER_NAME} del {DATE_OF_SERVICE}, el plan aprobó {ALLOWED} y su parte es "
      "{MEMBER_OWES}. Envíenos la factura y lo revisamos. Saludos, {AGENT_NAME}"),
    D("en", "typo", "balance_bill", "balance_bill",
      "the surgeons office is charging me the differnce between there price and what insurance "
      "alowed, is that even alowed",
      "Hi {MEMBER_FIRST_NAME}, good question. An in-network provider agreed to accept the "
      "allowed amount, {ALLOWED}, and can only bill you your share, {MEMBER_OWES}. For care "
      "where federal surprise billing rules apply, an out-of-network one can't either. Please "
      "send us a copy of the bill so we can look into it. {AGENT_NAME}"),
    D("en", "single", "balance_bill", "balance_bill",
      "My EOB says I owe one amount and the doctor's bill says a lot more. Which do I pay?",
      "Hi {MEMBER_FIRST_NAME}, for your visit to {PROVIDER_NAME} on {DATE_OF_SERVICE}, your "
      "share according to the plan is {MEMBER_OWES}. If the provider is in network, they "
      "cannot bill more than that. Ask their billing office to check the bill against your "
      "EOB, and if it stays higher, send it to us. {AGENT_NAME}"),
    D("en", "long", "balance_bill", "balance_bill",
      "I had a planned surgery at an in-network hospital this fall. Everything was approved "
      "ahead of time and I paid my share at check-in. Now, weeks later, a separate bill came "
      "from the assistant surgeon's group, which I had never heard of, and it's for much more "
      "than I expected. Nobody asked me to sign anything about out-of-network charges. What "
      "are my rights here, and should I pay it to protect my credit while it gets sorted out?",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry about the surprise. When an out-of-network clinician "
      "helps at an in-network facility and you did not agree in writing to out-of-network "
      "charges, federal surprise billing rules limit you to your in-network cost sharing. For "
      "this claim your share is {MEMBER_OWES}. You don't need to pay the extra while it is "
      "reviewed; send us the bill, and you can also call the No Surprises Help Desk at "
      "1-800-985-3059. {AGENT_NAME}"),
]
