"""Fifth held-out drafts set, batch 3: eligibility and dependants, ID cards, pharmacy, HSA/FSA,
premiums, contact changes, complaints, thanks and follow-ups."""

from drafts_common import COV_UNKNOWN, PA_UNKNOWN, D

ITEMS = [
    # eligibility and dependants
    D("en", "single", "eligibility", "none",
      "My daughter was born last Tuesday. How do I add her to my plan, and is there a "
      "deadline?",
      "Hi {MEMBER_FIRST_NAME}, congratulations! You can add her within 30 days of the birth "
      "(60 days on some plans), and her coverage starts on the day she was born. Send us her "
      "name and date of birth through your benefits office or the app. Best, {AGENT_NAME}"),
    D("en", "single", "eligibility", "none",
      "My son turns 26 in the spring. When exactly does he come off my coverage?",
      "Hi {MEMBER_FIRST_NAME}, children can stay on a parent's plan until age 26; his coverage "
      "usually ends at the end of the month he turns 26. He can then enrol in his own plan "
      "through a special enrolment period. Best, {AGENT_NAME}"),
    D("en", "single", "eligibility", "denied:27",
      "A claim got denied saying my coverage had ended, but I still work at the same company. "
      "What happened?",
      "Hi {MEMBER_FIRST_NAME}, the claim for {DATE_OF_SERVICE} was not paid because "
      "{DENIAL_REASON}. If you were employed and enrolled on that date, your benefits office "
      "can confirm it to us, and the claim can then be processed again. Best, {AGENT_NAME}"),
    D("en", "typo", "eligibility", "none",
      "just got maried, can i put my husband on my insurence now or do i have to wait til "
      "open enrolment",
      "Hi {MEMBER_FIRST_NAME}, congratulations! Marriage opens a special enrolment period: you "
      "can add your husband within 30 days of the wedding (60 on some plans) without waiting "
      "for open enrolment. Best, {AGENT_NAME}"),
    D("en", "long", "eligibility", "none",
      "Hello, I am trying to understand what happens to our coverage. My wife and I are "
      "separating and she and the kids are on my plan through work. Our lawyer says I might "
      "have to keep the kids on it. Can I keep the children covered but take my wife off once "
      "the divorce is final? Does she get any kind of notice or a chance to buy her own "
      "coverage? I don't want anyone to be without insurance in the middle of this.",
      "Hi {MEMBER_FIRST_NAME}, yes: you can keep the children on your plan and remove your "
      "wife once the divorce is final. Losing coverage through divorce gives her a special "
      "enrolment period for her own plan, and she may be able to continue this coverage "
      "through COBRA; your benefits office sends her that notice. Best, {AGENT_NAME}"),
    D("es", "spanish", "eligibility", "none",
      "¿Puedo agregar a mi mamá a mi seguro? Vive conmigo.",
      "Hola {MEMBER_FIRST_NAME}, la mayoría de los planes de empleo cubren solo al cónyuge y a "
      "los hijos, no a los padres. Su oficina de beneficios puede confirmarlo, y su mamá puede "
      "buscar su propio plan o Medicare si tiene 65 años o más. Saludos, {AGENT_NAME}"),
    # ID cards
    D("en", "single", "id_card", "none",
      "Can't find my member card anywhere. What's the fastest way to get another?",
      "Hi {MEMBER_FIRST_NAME}, you can print a temporary card from the app or the member "
      "site right away, and request a new card there; it arrives by mail in about 7 to 10 "
      "days. Best, {AGENT_NAME}"),
    D("en", "single", "id_card", "none",
      "Can I show the digital card on my phone at the pharmacy, or do they need the plastic "
      "one?",
      "Hi {MEMBER_FIRST_NAME}, the digital card in the app has the same details as the printed "
      "one, and most pharmacies and offices accept it. Best, {AGENT_NAME}"),
    D("en", "typo", "id_card", "none",
      "my card has my name spelt wrong, can u send a new one with the right spellng",
      "Hi {MEMBER_FIRST_NAME}, yes: please confirm the correct spelling, and your benefits "
      "office may need to correct it too. Once the record is right, a new card is mailed. "
      "Best, {AGENT_NAME}"),
    D("en", "long", "id_card", "none",
      "We just switched to this plan from my husband's old job in November and we still have "
      "not received any insurance cards. My son has a specialist appointment next week and "
      "the office wants the card before the visit. I don't know if we are even enrolled. What "
      "should I do? Can they check with you directly?",
      "Hi {MEMBER_FIRST_NAME}, you can print a temporary card from the app or the member site "
      "today, and the specialist's office can confirm your coverage with us directly by phone "
      "at {PHONE}. If the cards do not arrive within 10 days, let me know. Best, "
      "{AGENT_NAME}"),
    D("es", "spanish", "id_card", "none",
      "Se me extravió la tarjeta del seguro, ¿me pueden mandar una nueva?",
      "Hola {MEMBER_FIRST_NAME}, puede imprimir una tarjeta temporal desde la app y pedir una "
      "nueva allí mismo; llega por correo en unos 7 a 10 días. Saludos, {AGENT_NAME}"),
    # pharmacy
    D("en", "single", "pharmacy", "pharmacy",
      "Why did my inhaler cost so much more this month than last? Same pharmacy, same "
      "prescription.",
      "Hi {MEMBER_FIRST_NAME}, the price can change when the drug moves to another tier or "
      "when your deductible starts over. On this fill we covered {PLAN_PAID} and {MEMBER_OWES} "
      "was left for you. Ask your doctor whether another inhaler on a lower tier would "
      "work for you. Best, {AGENT_NAME}"),
    D("en", "single", "pharmacy", "none",
      "My doctor wants to start me on Ozempic; would that be paid for under my plan?",
      "Hi {MEMBER_FIRST_NAME}, coverage depends on your plan's drug list and on what the "
      "medicine is prescribed for, and some drugs need approval first. I can check your "
      "plan's formulary for you, or you can search it in the app. Best, {AGENT_NAME}",
      add=COV_UNKNOWN + PA_UNKNOWN),
    D("en", "typo", "pharmacy", "pharmacy",
      "pharmacy says my blood presure med needs a 'prior auth' now?? ive been on it for "
      "years",
      "Hi {MEMBER_FIRST_NAME}, a drug list can change at the start of a plan year and add "
      "approval steps. Your doctor can send the request; in the meantime ask the pharmacy "
      "about a short supply. Best, {AGENT_NAME}"),
    D("en", "long", "pharmacy", "none",
      "I take three maintenance medicines every month and I keep running out because the "
      "pharmacy only fills 30 days at a time. A coworker said our plan has a mail order "
      "option that sends 90 days and costs less. How do I sign up for that, and does my "
      "doctor need to write new prescriptions? Also, will it still count toward my deductible "
      "the same way?",
      "Hi {MEMBER_FIRST_NAME}, yes: your plan has a mail-order pharmacy for 90-day supplies of "
      "maintenance drugs, often at a lower cost. Your doctor sends new 90-day prescriptions to "
      "it, and you can sign up in the app. What you pay there counts toward your deductible "
      "and out-of-pocket maximum the same way. Best, {AGENT_NAME}"),
    D("es", "spanish", "pharmacy", "none",
      "¿Mi plan cubre medicamentos genéricos más baratos que los de marca?",
      "Hola {MEMBER_FIRST_NAME}, sí: los genéricos suelen estar en el nivel más bajo de la "
      "lista de medicamentos y cuestan menos. Pregunte al farmacéutico si hay un genérico de "
      "su medicamento. Saludos, {AGENT_NAME}"),
    # HSA / FSA
    D("en", "single", "hsa_fsa", "none",
      "Can I use my HSA card to pay for my kid's glasses?",
      "Hi {MEMBER_FIRST_NAME}, yes: prescription glasses for you or a dependant are a "
      "qualified medical expense for an HSA. Keep the receipt in case you need to show it. "
      "Best, {AGENT_NAME}"),
    D("en", "single", "hsa_fsa", "paid",
      "I need proof of what I paid for my visit so my FSA will reimburse me. Where do I get "
      "it?",
      "Hi {MEMBER_FIRST_NAME}, the explanation of benefits for your visit on "
      "{DATE_OF_SERVICE} works as proof for the FSA: it shows your share of {MEMBER_OWES}. You "
      "can download it from the app. Best, {AGENT_NAME}"),
    D("en", "typo", "hsa_fsa", "none",
      "whats the diffrence between a hsa and fsa, my job offers both??",
      "Hi {MEMBER_FIRST_NAME}, an HSA is your own account, available with a high-deductible "
      "plan; the money stays yours year after year. An FSA is set up by your employer and "
      "most of it must be used within the plan year. Best, {AGENT_NAME}"),
    D("en", "long", "hsa_fsa", "none",
      "I have an HSA through my current job and I'm changing employers in January. The new job "
      "has a regular PPO plan, not a high deductible one. What happens to the money already in "
      "my HSA? Can I still spend it on doctor bills? And can I keep putting money in after I "
      "switch? I don't want to get in trouble with taxes.",
      "Hi {MEMBER_FIRST_NAME}, the money in your HSA stays yours, and you can keep spending it "
      "on qualified medical expenses. You can only add new money while you have a qualifying "
      "high-deductible plan, so contributions stop when the PPO starts. Best, {AGENT_NAME}"),
    D("es", "spanish", "hsa_fsa", "none",
      "¿Puedo pagar la cuenta del dentista con mi tarjeta HSA?",
      "Hola {MEMBER_FIRST_NAME}, sí: el cuidado dental es un gasto médico calificado para la "
      "cuenta HSA. Guarde el recibo. Saludos, {AGENT_NAME}"),
    # premiums
    D("en", "single", "premiums", "none",
      "My monthly premium went up this year. Why?",
      "Hi {MEMBER_FIRST_NAME}, premiums are set each plan year from the cost of care across "
      "the plan's members, and your employer decides how much of it you pay. Your benefits "
      "office can show you the new rates. Best, {AGENT_NAME}"),
    D("en", "single", "premiums", "none",
      "I missed my premium payment by a week. Am I going to lose my coverage?",
      "Hi {MEMBER_FIRST_NAME}, not right away: there is a grace period for late premiums (3 "
      "months if you get premium tax credits). Pay the missed amount before it ends and your "
      "coverage continues. Best, {AGENT_NAME}"),
    D("en", "typo", "premiums", "none",
      "can premium payments come out of my account automaticaly every month? i keep forgeting",
      "Hi {MEMBER_FIRST_NAME}, you can set up automatic payments in the app under billing, "
      "from a bank account or a card. Best, {AGENT_NAME}"),
    D("en", "long", "premiums", "none",
      "I buy my own plan through the marketplace and I get a tax credit. My hours at work were "
      "cut this fall so my income will be lower than what I estimated. Should I report that "
      "somewhere? Will my premium go down? I'm worried about owing money at tax time if I do "
      "it wrong, or paying too much every month if I don't.",
      "Hi {MEMBER_FIRST_NAME}, yes: update your income estimate on your marketplace "
      "application. A lower income usually raises your tax credit, so your monthly premium "
      "goes down, and reporting it now keeps the amount right at tax time. Best, "
      "{AGENT_NAME}"),
    D("es", "spanish", "premiums", "none",
      "¿Cuándo vence el pago de la prima de este mes?",
      "Hola {MEMBER_FIRST_NAME}, la prima vence el primer día de cada mes. Puede pagarla o "
      "programar pagos automáticos en la app. Saludos, {AGENT_NAME}"),
    # contact changes
    D("en", "single", "contact_change", "none",
      "I moved last month. How do I update my mailing address with you?",
      "Hi {MEMBER_FIRST_NAME}, you can update your address in the app under your profile, or "
      "send it to me here. If you get coverage through work, tell your benefits office too. "
      "Best, {AGENT_NAME}"),
    D("en", "single", "contact_change", "none",
      "Please stop sending paper mail. Can everything go to my email instead?",
      "Hi {MEMBER_FIRST_NAME}, yes: choose paperless delivery in the app's communication "
      "settings, and letters and statements go to your inbox. Best, {AGENT_NAME}"),
    D("en", "typo", "contact_change", "none",
      "new phone number, pls update it so the nurse line can reach me",
      "Hi {MEMBER_FIRST_NAME}, please send me the new number, or update it yourself in the "
      "app under your profile. Best, {AGENT_NAME}"),
    D("en", "single", "contact_change", "none",
      "I changed my last name after my wedding. What do you need from me to update my "
      "records?",
      "Hi {MEMBER_FIRST_NAME}, congratulations! Your benefits office updates the name first; "
      "once it reaches us we update your record and send a new card. Best, {AGENT_NAME}"),
    D("es", "spanish", "contact_change", "none",
      "Cambié de dirección. ¿Dónde la actualizo?",
      "Hola {MEMBER_FIRST_NAME}, puede actualizarla en la app, en su perfil, o enviármela por "
      "aquí. Saludos, {AGENT_NAME}"),
    # complaints
    D("en", "single", "complaint", "none",
      "I've waited on hold for over an hour three separate times this week. This is "
      "unacceptable.",
      "Hi {MEMBER_FIRST_NAME}, I am sorry about the waits; that is not the service you should "
      "get. I can help you here now with whatever you were calling about, and I will pass "
      "your feedback on to our service team. Best, {AGENT_NAME}"),
    D("en", "single", "complaint", "paid",
      "I want to file a formal grievance about how my claim was handled.",
      "Hi {MEMBER_FIRST_NAME}, I am sorry it went this way. You can file a grievance in "
      "writing or by phone; tell us what happened and what you would like us to do, and we "
      "answer within 30 days. Best, {AGENT_NAME}"),
    D("en", "typo", "complaint", "none",
      "ive been tryng to get an answr for 3 weeks and nobody calls back, very disapointed",
      "Hi {MEMBER_FIRST_NAME}, I am sorry nobody got back to you. Please tell me what you are "
      "waiting on and I will follow it through with you myself. Best, {AGENT_NAME}"),
    D("en", "long", "complaint", "none",
      "I want someone to know how I was treated on the phone today. I called to ask a simple "
      "question about a bill, the representative was short with me, put me on hold twice "
      "without saying anything, and then the call dropped. When I called back, I had to start "
      "all over with someone else. I have been a member for nine years. I expect to be "
      "treated with basic respect. I would like this complaint recorded.",
      "Hi {MEMBER_FIRST_NAME}, I am sorry for how that call went; you should be treated with "
      "respect every time. Your complaint is recorded as a grievance and reviewed by our "
      "service team. I can also answer the billing question here if you tell me what it was. "
      "Best, {AGENT_NAME}"),
    D("es", "spanish", "complaint", "none",
      "Quiero poner una queja. Nadie me ha ayudado con mi problema en un mes.",
      "Hola {MEMBER_FIRST_NAME}, lamento mucho la espera. Registro su queja, y si me cuenta el "
      "problema lo sigo yo personalmente. Saludos, {AGENT_NAME}"),
    # thanks and follow-ups
    D("en", "single", "thanks_followup", "pending",
      "Any news on my claim from the visit last month? Still shows as processing.",
      "Hi {MEMBER_FIRST_NAME}, the claim from {PROVIDER_NAME} for {DATE_OF_SERVICE} is still "
      "being processed. I will keep an eye on it, and you will get an explanation of benefits "
      "once it is done. Best, {AGENT_NAME}"),
    D("en", "single", "thanks_followup", "none",
      "Thank you so much for explaining all that yesterday, it really helped.",
      "Hi {MEMBER_FIRST_NAME}, you are very welcome, I am glad it helped. Write any time. "
      "Best, {AGENT_NAME}"),
    D("en", "typo", "thanks_followup", "pending",
      "hi again, jst checking if theres any update on the claim we talked about",
      "Hi {MEMBER_FIRST_NAME}, the claim for {DATE_OF_SERVICE} is still being processed; I "
      "will let you know when there is news. Best, {AGENT_NAME}"),
    D("en", "single", "thanks_followup", "paid",
      "Following up: did the corrected claim from my doctor go through?",
      "Hi {MEMBER_FIRST_NAME}, yes: the claim for {DATE_OF_SERVICE} was processed; the plan "
      "paid {PLAN_PAID} and your share is {MEMBER_OWES}. Best, {AGENT_NAME}"),
    D("es", "spanish", "thanks_followup", "none",
      "Muchas gracias por su ayuda, ya quedó todo claro.",
      "Hola {MEMBER_FIRST_NAME}, con mucho gusto. Aquí estamos para lo que necesite. Saludos, "
      "{AGENT_NAME}"),
]
