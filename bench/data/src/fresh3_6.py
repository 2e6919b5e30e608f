"""Fresh3 batch 6: premiums, contact changes, complaints, thanks and follow-ups."""
from drafts_common import D

ITEMS = [
    # premiums
    D("en", "single", "premiums", "none",
      "I forgot to pay my premium this month. Am I still covered?",
      "Hi {MEMBER_FIRST_NAME}, you have a grace period to pay before coverage ends, so please "
      "pay as soon as you can through the portal or by phone at {PHONE}. If you get premium "
      "tax credits through the Marketplace, the grace period is 3 months. Claims during the "
      "grace period may be held until the payment arrives. {AGENT_NAME}"),
    D("en", "single", "premiums", "none",
      "Why did my monthly premium go up this year? Nothing changed on my end.",
      "Hi {MEMBER_FIRST_NAME}, premiums are set each plan year and can rise with the cost of "
      "care in your area, your age band, or a change in any tax credit you receive. Your "
      "renewal notice explains the change; if you'd like, I can go over it with you or help "
      "you compare plans at open enrollment. {AGENT_NAME}"),
    D("es", "spanish", "premiums", "none",
      "¿Puedo pagar la prima mensual con tarjeta de débito por internet?",
      "Hola {MEMBER_FIRST_NAME}: sí, puede pagar con tarjeta de débito o crédito en el portal "
      "para miembros, y también programar pagos automáticos. Si prefiere, llámenos al "
      "{PHONE}. Saludos, {AGENT_NAME}"),
    D("en", "typo", "premiums", "none",
      "sick of the late notices, can the monthly premum just come out of my checking "
      "automaticaly",
      "Hi {MEMBER_FIRST_NAME}, you can set up automatic payments in the member portal under "
      "Billing, from a bank account or card; payments are then taken on the due date each "
      "month. You can also call us at {PHONE} to set it up. {AGENT_NAME}"),
    D("en", "long", "premiums", "none",
      "I was laid off two weeks ago and my coverage was through my employer. HR mentioned "
      "something about continuing the plan but said it would be expensive, and I also saw "
      "that I might be able to get a Marketplace plan. I have a prescription I take every day "
      "and I can't have a gap. What are my choices for keeping coverage, and roughly how do "
      "the costs compare?",
      "Hi {MEMBER_FIRST_NAME}, sorry about the layoff. You can usually keep this plan through "
      "COBRA, paying the full premium yourself, and coverage can continue without a gap if "
      "you elect it in time. Losing job coverage also lets you enroll in a Marketplace plan "
      "within 60 days, where tax credits based on income often make premiums lower. Compare "
      "both with your prescription in mind; we can help you check. {AGENT_NAME}"),
    # contact changes
    D("en", "single", "contact_change", "none",
      "I moved last month. How do I update my address with you?",
      "Hi {MEMBER_FIRST_NAME}, you can change your address in the member portal under "
      "Profile, or reply with your new address and we'll update it after confirming your "
      "identity. If you moved to another area, let us know, since it can affect your plan's "
      "network. {AGENT_NAME}"),
    D("en", "single", "contact_change", "none",
      "Please change the phone number you have for me, I switched carriers and got a new one.",
      "Hi {MEMBER_FIRST_NAME}, happy to help. You can change it in the portal under Profile, "
      "or call {PHONE} and we'll change it after verifying your identity. For your security "
      "we don't change contact details from a message alone. {AGENT_NAME}"),
    D("es", "spanish", "contact_change", "none",
      "Cambié de correo electrónico. ¿Dónde lo actualizo para recibir los avisos?",
      "Hola {MEMBER_FIRST_NAME}: puede cambiar su correo en el portal, en la sección de "
      "Perfil, y allí mismo elegir recibir los avisos por correo electrónico. Si tiene "
      "problemas, llámenos al {PHONE}. Saludos, {AGENT_NAME}"),
    D("en", "typo", "contact_change", "none",
      "need to chage my mailing adress, im staying at my moms for a while",
      "Hi {MEMBER_FIRST_NAME}, no problem. You can add a mailing address in the portal under "
      "Profile, or reply with it and we'll update it once we confirm your identity. Your home "
      "address can stay as it is. {AGENT_NAME}"),
    D("en", "single", "contact_change", "none",
      "Can you email my explanation of benefits instead of mailing paper copies?",
      "Hi {MEMBER_FIRST_NAME}, yes. In the portal, under communication preferences, choose "
      "paperless; you'll get an email whenever a new explanation of benefits is ready to "
      "view. {AGENT_NAME}"),
    # complaints
    D("en", "single", "complaint", "none",
      "I've called three times about the same problem and nobody calls me back. I want to "
      "file a formal complaint.",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry you've had to keep calling; that shouldn't happen. "
      "You can file a grievance by phone at {PHONE}, in writing, or through the portal, and "
      "we'll respond in writing. If you tell me what the original problem was, I'll also try "
      "to resolve it here. {AGENT_NAME}"),
    D("es", "spanish", "complaint", "none",
      "Quiero poner una queja. Me atendieron muy mal por teléfono y me colgaron.",
      "Hola {MEMBER_FIRST_NAME}: lamento mucho lo que pasó. Puede presentar una queja formal "
      "por teléfono, por escrito o en el portal, y le responderemos por escrito. Cuénteme "
      "qué necesitaba cuando llamó y trato de ayudarle desde aquí. Saludos, {AGENT_NAME}"),
    D("en", "typo", "complaint", "none",
      "ive been waiting 3 weeks for a answer on my question and nobody responds, this is "
      "really frustating",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry for the wait; three weeks is too long. Tell me what "
      "your question was and I'll take it from here. If you'd like to file a formal "
      "grievance about the delay, I can tell you how. {AGENT_NAME}"),
    D("en", "long", "complaint", "paid",
      "I want to complain about how my claim for a visit to Copperline Orthopedics was "
      "handled. It took more than two months to process, I had to call four different times, "
      "and each person told me something different. Finally it got processed but nobody ever "
      "explained anything. I've been a member for years and I expect better. Who do I send "
      "a formal complaint to, and can someone at least tell me what I actually owe now?",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry for how long this took and for the mixed answers. "
      "The claim from {PROVIDER_NAME} for {DATE_OF_SERVICE} is processed: the plan paid "
      "{PLAN_PAID} and your share is {MEMBER_OWES}. You can file a formal grievance by phone "
      "at {PHONE}, in writing or through the portal; it will be reviewed and answered in "
      "writing. {AGENT_NAME}",
      claim={"provider": "Copperline Orthopedics"}, mentions=["provider"]),
    D("en", "single", "complaint", "none",
      "Your phone wait times are ridiculous. I was on hold for over an hour yesterday.",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry about the wait; an hour is too long. Our lines are "
      "busiest on Monday mornings, and you can always reach us here by message. What did you "
      "need help with? I can take care of it now. {AGENT_NAME}"),
    # thanks and follow-ups
    D("en", "single", "thanks_followup", "none",
      "Thanks for your help yesterday. The pharmacy was able to fill it this morning.",
      "Hi {MEMBER_FIRST_NAME}, that's great news, thanks for letting us know. Reach out any "
      "time you need something. {AGENT_NAME}"),
    D("en", "single", "thanks_followup", "pending",
      "Just checking in on my claim from Oct 28 at Pinecrest Urgent Care. Any update?",
      "Hi {MEMBER_FIRST_NAME}, thanks for checking in. The claim from {PROVIDER_NAME} for "
      "{DATE_OF_SERVICE} is still being processed. You'll get an explanation of benefits as "
      "soon as it's done, and I'll keep an eye on it. {AGENT_NAME}",
      claim={"provider": "Pinecrest Urgent Care", "date_of_service": "2026-10-28"},
      mentions=["date", "provider"]),
    D("es", "spanish", "thanks_followup", "none",
      "Muchas gracias, ya me llegó la tarjeta nueva.",
      "Hola {MEMBER_FIRST_NAME}: ¡qué bueno! Gracias por avisarnos. Aquí estamos para lo que "
      "necesite. Saludos, {AGENT_NAME}"),
    D("en", "typo", "thanks_followup", "none",
      "did u ever get the forms i sent last week? havent heard back",
      "Hi {MEMBER_FIRST_NAME}, thanks for following up. Documents can take a few business "
      "days to be scanned and matched to your account; I'll check whether yours have been "
      "received and let you know. If you kept a copy, please keep it handy. {AGENT_NAME}"),
    D("en", "single", "thanks_followup", "none",
      "Thank you so much, the explanation about my deductible really helped.",
      "Hi {MEMBER_FIRST_NAME}, I'm glad it helped! Don't hesitate to write if anything else "
      "comes up. {AGENT_NAME}"),
]
