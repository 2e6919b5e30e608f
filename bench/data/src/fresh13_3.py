"""Fourteenth held-out drafts set (stop 31), batch 3: payment plans, collections, financial
assistance, appeals, coordination of benefits and eligibility (life events: a baby, a divorce,
a move to another state, COBRA after a lost job, turning 26, turning 65). Shapes as in batch 1.
"""

from drafts_common import COV_UNKNOWN, NET_UNKNOWN, PA_UNKNOWN, D  # noqa: F401
from fresh13_common import SIGN, C13

ITEMS = [
    # ---- payment plan ----
    D("en", "single", "payment_plan", "paid",
      "I can't pay the whole $840 to Westbury Orthopaedics at once. Can I do monthly?",
      "Hi {MEMBER_FIRST_NAME}, yes, most offices agree to monthly payments. For the "
      "{DATE_OF_SERVICE} claim at {PROVIDER_NAME}, your share is {MEMBER_OWES}; call their "
      "billing office and ask for a payment plan before the due date. If they won't agree, "
      "tell me and I'll help." + SIGN,
      claim=C13("2400.00", "840.00", provider="Westbury Orthopaedics"),
      mentions=["amount", "provider"]),
    D("en", "typo", "payment_plan", "none",
      "Do you guys do payment plans for my premium bill? I'm on COBRA now and it's a lot, "
      "I've been unemployed since the layoff and my severance is gone",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry things are hard. COBRA premiums are due in full "
      "each month and can't be split, but there's a grace period after the due date. A "
      "Marketplace plan may cost less with your lower income; losing job coverage lets you "
      "switch now, and I can explain how." + SIGN),
    D("es", "spanish", "payment_plan", "paid",
      "¿Puedo pagar en cuotas lo del hospital? Son 1.120,00 y con el bebé recién nacido no "
      "me alcanza.",
      "Hola {MEMBER_FIRST_NAME}, felicidades por el bebé. Sí: en la reclamación del "
      "{DATE_OF_SERVICE} su parte es {MEMBER_OWES}, y los hospitales suelen aceptar pagos "
      "mensuales sin intereses. Llame a facturación del hospital y pida un plan de pagos; si "
      "no se lo dan, me avisa." + SIGN,
      claim=C13("9800.00", "1120.00"),
      mentions=["amount"]),
    D("en", "long", "payment_plan", "paid",
      "I'm writing this at 2am because I can't sleep. My adult daughter has Down syndrome and "
      "lives with me, and she had dental surgery under anesthesia at Clearwater Children's "
      "and Adult Surgery Center. My share is more than I make in a month. I work part time "
      "so I can care for her. I don't want to ignore it, I just can't pay it at once. What "
      "are my options for paying it over time?",
      "Hi {MEMBER_FIRST_NAME}, thank you for reaching out, and I'm sorry for the worry. For "
      "the {DATE_OF_SERVICE} surgery at {PROVIDER_NAME}, your daughter's share is "
      "{MEMBER_OWES}. Ask their billing office for an interest-free monthly plan and for "
      "their financial assistance form, which may lower the amount; I can help with both." + SIGN,
      claim=C13("6200.00", "1400.00",
                provider="Clearwater Children's and Adult Surgery Center"),
      mentions=["provider"]),
    D("en", "single", "payment_plan", "none",
      "you said \"ask the provider for a payment plan\" ... I did and they said to ask you. "
      "Who actually sets these up?",
      "Hi {MEMBER_FIRST_NAME}, sorry for the back-and-forth. Payment plans for a provider's "
      "bill are set up by the provider's billing office, because you pay them, not us. If "
      "you tell me the provider, I can call them with you or help you ask again." + SIGN),
    # ---- collections ----
    D("en", "single", "collections", "paid",
      "A collections agency is calling me about Dunmore Imaging. I thought you paid them?",
      "Hi {MEMBER_FIRST_NAME}, we did pay our part: for the {DATE_OF_SERVICE} claim from "
      "{PROVIDER_NAME}, the plan paid {PLAN_PAID} and your share was {MEMBER_OWES}. Ask the "
      "agency for a written notice of the debt and compare it with that; if it asks for "
      "more, send it to me." + SIGN,
      claim=C13("720.00", "95.00", provider="Dunmore Imaging"),
      mentions=["provider"]),
    D("en", "typo", "collections", "pending",
      "Collections sent me a letter for the Birchfield Clinic bill but you're still "
      "processing it!! Can they do that?? My credit score is going to tank",
      "Hi {MEMBER_FIRST_NAME}, the {DATE_OF_SERVICE} claim from {PROVIDER_NAME} is still "
      "being processed, so the final amount isn't known yet. Tell the agency in writing that "
      "the claim is with your insurer; I'll let the provider know it's pending too." + SIGN,
      claim=C13("480.00", scenario="pending", provider="Birchfield Clinic"),
      mentions=["provider"]),
    D("es", "spanish", "collections", "none",
      "Me llamaron de una agencia de cobranza por una cuenta médica de hace dos años, antes "
      "de que me mudara de estado. ¿Ustedes pueden ver si eso se pagó?",
      "Hola {MEMBER_FIRST_NAME}, sí. Dígame el nombre del proveedor y la fecha de la "
      "atención, y busco si hubo una reclamación con su plan. Mientras tanto, pida a la "
      "agencia un aviso por escrito de la deuda antes de pagar nada." + SIGN),
    D("en", "long", "collections", "paid",
      "I need help and I'm embarrassed. My brother is developmentally disabled and I became "
      "his representative payee last year. Going through his mail I found three letters "
      "from a collection agency for Graniteview Behavioral Health, going back months. He "
      "never told me, he just hid them. I want to fix this properly. What do I do first?",
      "Hi {MEMBER_FIRST_NAME}, there's nothing to be embarrassed about. For the "
      "{DATE_OF_SERVICE} claim from {PROVIDER_NAME}, the plan paid {PLAN_PAID} and his share "
      "was {MEMBER_OWES}. First, ask the agency in writing to confirm the amount; then ask "
      "the provider about financial assistance and a payment plan. I can help with the "
      "letters." + SIGN,
      claim=C13("1100.00", "330.00", provider="Graniteview Behavioral Health"),
      mentions=["provider"]),
    D("en", "multi", "collections", "none",
      "• collections for a bill I already paid\n• and how do I appeal a denial, separate "
      "thing",
      "Hi {MEMBER_FIRST_NAME}, for the bill in collections, send the agency proof you "
      "paid and ask them in writing to close it; tell me the provider and I'll check our "
      "side. For the denial, you can appeal in writing with any doctor's notes; the letter "
      "that came with it gives the deadline." + SIGN,
      topics=["collections", "appeal"]),
    # ---- financial assistance ----
    D("en", "single", "financial_assistance", "none",
      "Lost my job, on COBRA, and my husband's hours got cut. Is there any help paying "
      "medical bills?",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry for everything at once. Most hospitals have "
      "financial assistance programs based on income; ask each one's billing office for the "
      "application. You may also qualify for Medicaid or a lower-cost Marketplace plan; I "
      "can point you to both." + SIGN),
    D("en", "typo", "financial_assistance", "paid",
      "Does Lakeview Community Hospital have a charity care thing? My sun has autism and "
      "I'm a single mom, the bill is to much",
      "Hi {MEMBER_FIRST_NAME}, yes, most hospitals do. For the {DATE_OF_SERVICE} claim at "
      "{PROVIDER_NAME}, your share is {MEMBER_OWES}; ask their billing office for the "
      "financial assistance application, and send proof of income. It can lower or clear "
      "the balance." + SIGN,
      claim=C13("3600.00", "500.00", provider="Lakeview Community Hospital"),
      mentions=["provider"]),
    D("es", "spanish", "financial_assistance", "none",
      "Soy trabajadora social. Mi cliente es una señora mayor con Medicare y su plan de "
      "ustedes, vive sola y no le alcanza para las facturas. ¿Qué ayudas hay?",
      "Hola {MEMBER_FIRST_NAME}, gracias por ayudarla. Puede pedir asistencia financiera en "
      "los hospitales donde la atendieron, y ver si califica para un Programa de Ahorros de "
      "Medicare o para Medicaid. Con gusto le indico cómo solicitarlos." + SIGN),
    D("en", "long", "financial_assistance", "none",
      "So here's the situation, sorry it's long. I turned 65 last month, signed up for "
      "Medicare and your supplement. Between my pension and social security I'm just over "
      "the line for most programs. My prescriptions alone eat half my income and I've been "
      "skipping doses. My daughter said there's something called Extra Help? Is that real and "
      "would I even qualify?",
      "Hi {MEMBER_FIRST_NAME}, please don't skip doses; let's find help. Extra Help is real: "
      "it's a Medicare program that lowers drug costs for people with limited income, and "
      "the limits are higher than for most programs. You apply through Social Security; I "
      "can also check whether a lower-cost drug works for you." + SIGN),
    D("en", "single", "financial_assistance", "none",
      "🥲 is there financial help for people who make too much for medicaid but not enough "
      "to actually afford anything",
      "Hi {MEMBER_FIRST_NAME}, yes. Hospital financial assistance often covers people well "
      "above Medicaid limits, and many drug makers have savings programs. Tell me which "
      "bills or medicines are hardest, and I'll point you to the right programs." + SIGN),
    # ---- appeal ----
    D("en", "single", "appeal", "denied:50",
      "How do I appeal? The letter from you about Foxglove Pain Management says 'not "
      "medically necessary'.",
      "Hi {MEMBER_FIRST_NAME}, the {DATE_OF_SERVICE} claim from {PROVIDER_NAME} was turned "
      "down because {DENIAL_REASON}. You can appeal in writing by {APPEAL_DEADLINE}: send the "
      "letter with a note from your doctor explaining why the treatment is needed. I can "
      "start the form for you." + SIGN,
      claim=C13("1250.00", scenario="denied:50", provider="Foxglove Pain Management"),
      mentions=["provider"]),
    D("en", "typo", "appeal", "none",
      "I want to peel the decision on my sons speech therapy. He is 28 and has a brain "
      "injury, I am his guardian. Where do I sent the letter?",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry about the decision. As his guardian, you can appeal "
      "for him: send the letter with his therapist's notes and a copy of your guardianship "
      "papers to the address on the decision letter, or upload it in the portal. The "
      "decision letter gives the deadline." + SIGN),
    D("es", "spanish", "appeal", "denied:50",
      "Quiero apelar lo de Cardiología Integral del Valle. ¿Cuánto tiempo tengo y qué "
      "necesito mandar?",
      "Hola {MEMBER_FIRST_NAME}, la reclamación del {DATE_OF_SERVICE} de {PROVIDER_NAME} no "
      "se pagó porque {DENIAL_REASON}. Tiene hasta el {APPEAL_DEADLINE} para apelar por "
      "escrito; mande una carta de su cardiólogo explicando por qué necesitaba el estudio. "
      "Le ayudo con el formulario." + SIGN,
      claim=C13("2200.00", scenario="denied:50", provider="Cardiología Integral del Valle"),
      mentions=["provider"]),
    D("en", "long", "appeal", "none",
      "I'm the interpreter for Mrs. Tran, she speaks Vietnamese. She got a letter saying her "
      "appeal was denied. She appealed the first time with her doctor's help. She wants to "
      "know if there is anything after this, someone outside the insurance company who can "
      "look at it. She says she will not give up.",
      "Hi {MEMBER_FIRST_NAME}, thank you for interpreting. Yes: after the internal appeal, "
      "she can ask for an external review by an independent reviewer outside the plan. The "
      "denial letter explains how and gives the deadline; we can send it in Vietnamese and "
      "help her file." + SIGN),
    D("en", "single", "appeal", "none",
      "If I appeal and lose, do I owe more than if I just paid it? Asking before I start.",
      "Hi {MEMBER_FIRST_NAME}, no. Appealing doesn't add any cost; if the decision stays the "
      "same, you owe what you owed before. It's worth asking the provider to hold the bill "
      "while the appeal is reviewed." + SIGN),
    # ---- coordination of benefits ----
    D("en", "single", "coordination_of_benefits", "none",
      "Just had a baby 🍼 we put her on my insurance AND on hubby's through his union. Whose "
      "gets billed before the other?",
      "Hi {MEMBER_FIRST_NAME}, congratulations! For a child on both parents' plans, the plan "
      "of the parent whose birthday comes first in the year usually pays first. Please fill "
      "in the other-coverage form in the portal so her claims go to the right plan." + SIGN),
    D("en", "typo", "coordination_of_benefits", "none",
      "I'm devorced and the decree says my ex's insurance is primary for our daughter. But "
      "your claims keep going first. Can you fix the order?",
      "Hi {MEMBER_FIRST_NAME}, yes, a court decree decides which plan pays first. Please "
      "send a copy of the part of the decree about health coverage, and I'll update "
      "the order so her claims go to your ex's plan first." + SIGN),
    D("es", "spanish", "coordination_of_benefits", "none",
      "Cumplí 65, tengo Medicare y sigo trabajando con el seguro de ustedes por mi empresa. "
      "¿Cuál paga primero?",
      "Hola {MEMBER_FIRST_NAME}, si su empresa tiene 20 empleados o más, nuestro plan paga "
      "primero y Medicare después; si es más pequeña, Medicare paga primero. Dígame cuántos "
      "empleados tiene y actualizo el orden." + SIGN),
    D("en", "long", "coordination_of_benefits", "none",
      "OK, I'll start from the beginning. I'm my mother's caregiver. She's 82, has Medicare, "
      "and also a retiree plan from the school district, which is you. For years the bills "
      "went Medicare then you and she never paid much. Since the summer, the pharmacy and "
      "her doctor say you're 'rejecting as primary'. Nothing changed on our end. Who is "
      "supposed to be billed first now?",
      "Hi {MEMBER_FIRST_NAME}, thank you for helping her. For a retiree plan, Medicare "
      "normally pays first and we pay second. If her doctor's claims are being rejected, "
      "our records may show her Medicare wrongly; please send a copy of her Medicare card "
      "and I'll get the order corrected." + SIGN),
    D("es", "multi", "coordination_of_benefits", "none",
      "Mi esposo y yo tenemos cada uno seguro del trabajo. ¿Cuál es el primario para mí? Y "
      "la tarjeta, ¿me mandan una nueva con eso?",
      "Hola {MEMBER_FIRST_NAME}, para usted paga primero el plan de su propio trabajo y el "
      "de su esposo después. No hace falta otra tarjeta; use las dos y diga en el "
      "consultorio cuál es la principal. Si necesita otra tarjeta, se la pido." + SIGN,
      topics=["coordination_of_benefits", "id_card"]),
    # ---- eligibility ----
    D("en", "single", "eligibility", "none",
      "I turn 26 in March. When exactly does my coverage end, on my birthday or end of the "
      "month?",
      "Hi {MEMBER_FIRST_NAME}, on most plans coverage for an adult child ends at the end of "
      "the month you turn 26; I'll confirm the exact date on {PLAN_NAME}. You'll get a COBRA "
      "notice, and turning 26 also lets you sign up for a Marketplace or job plan." + SIGN),
    D("en", "typo", "eligibility", "none",
      "I got married in October and want to add my wife. Am I to late? I thought there was "
      "open enrolment only",
      "Hi {MEMBER_FIRST_NAME}, congratulations! Marriage lets you add your wife outside open "
      "enrollment, usually within 30 days of the wedding, or 60 for some plans. Send the "
      "marriage certificate as soon as you can and I'll check your deadline." + SIGN),
    D("es", "spanish", "eligibility", "none",
      "Me quedé sin trabajo. ¿Cuánto tiempo tengo para elegir COBRA y desde cuándo me cubre?",
      "Hola {MEMBER_FIRST_NAME}, siento lo del trabajo. Tiene 60 días desde que recibe el "
      "aviso de COBRA para elegirlo, y la cobertura empieza sin huecos desde que terminó el "
      "plan del trabajo, siempre que pague la primera prima a tiempo." + SIGN),
    D("en", "long", "eligibility", "none",
      "My son is 27 and has epilepsy and an intellectual disability. He's been on my plan "
      "since he was little as a disabled dependent. I'm changing jobs in January and the new "
      "job's plan is also you, different employer. I'm scared he will fall off because of "
      "his age. Can a disabled adult child stay on a parent's plan past 26 when the employer "
      "changes?",
      "Hi {MEMBER_FIRST_NAME}, I understand the worry. Most plans let a disabled adult child "
      "who can't support himself stay on past 26; the new employer's plan will ask for a "
      "disability certification from his doctor when you enroll. Send it with your "
      "enrollment, and I'll help make sure there's no gap." + SIGN),
    D("en", "single", "eligibility", "none",
      "I moved from Oregon to Arizona for a new job. Does my plan still work there or do I "
      "need to change it?",
      "Hi {MEMBER_FIRST_NAME}, it depends on your plan's service area. If {PLAN_NAME} doesn't "
      "cover Arizona, the move lets you switch plans outside open enrollment, usually within "
      "60 days. Your new job's plan is another option; I'll check your plan's area." + SIGN),
    D("es", "spanish", "eligibility", "none",
      "Mi hija se va a casar, tiene 24. ¿Puede seguir en mi plan después de la boda?",
      "Hola {MEMBER_FIRST_NAME}, ¡felicidades a la familia! Sí, los hijos pueden seguir en "
      "el plan de los padres hasta los 26 años aunque se casen. Su esposo no se puede "
      "agregar a su plan, eso sí." + SIGN),
]
