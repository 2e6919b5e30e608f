"""Write ../tone_test_fresh3.jsonl: a third held-out set for the abuse detector
(`suggestions.tone.insults_the_team`), written by helper tone4 on 2026-12-07 (stop 25) from general
knowledge, before that pass's change to the detector and without reading the detector's word lists
or the other tone sets. Every person, ID and number is made up.

Abusive (about half): insults to the agent or the plan, profanity aimed at the reader, contempt and
demeaning wording without slurs, non-violent threats (getting someone fired, naming them online,
burying them in complaints), sarcasm-laced abuse, Spanish and Spanglish, misspelt, leetspeak and
spaced-out profanity, and abuse wrapped around a real billing question.

Civil (the other half): angry but civil complaints, profanity about the situation rather than the
person ("this damn bill"), rude words quoted from someone else, medical words that look rude,
self-deprecation, formal escalation without insult (a complaint to the state, a lawyer), Spanish.
Scored only in aggregate: `bench/tone.py --fresh3`.
"""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from tone_common import write_tone_set

ABUSIVE = [
    # insults to the agent or the plan, with a real question
    "You useless idiot, I asked three times why my copay went up to $75 and nobody answers.",
    "Are you people brain dead? The lab bill for $212 was supposed to go to my secondary insurance.",
    "Whoever processed my claim is a complete imbecile. Reprocess the MRI charge now.",
    "Your plan is a scam run by crooks and you're one of them. Where's my refund for the double charge?",
    "You are the dumbest rep I've ever dealt with, and that's saying something.",
    "Honestly you must be the most incompetent person they could find. My claim number is CL-448201, try not to lose it.",
    "Listen you pathetic little clerk, I want the itemized bill for my son's stitches today.",
    "You're a joke. A bad one. Why was my physical therapy denied?",
    "What a bunch of losers. Three months and my reimbursement of $320 still hasn't come.",
    "Listen you worthless piece of garbage, my daughter's allergy shots were approved last year, why are they denied now?",
    "Your customer service is run by trained monkeys. Explain the $2,300 surgery bill.",
    "You clowns couldn't find a claim if it bit you.",
    "Worthless. Absolutely worthless, every single one of you.",
    "I'm done being polite with you idiots. Where is my reimbursement?",
    "Quit lying to me, you snake. The nurse said the test was covered.",
    "you people are scum, charging $40 for a phone call with the doctor",
    "Hey genius, maybe try reading the notes before denying my MRI, you absolute muppet.",
    "Stupid cow, put me through to someone who knows what a coinsurance is.",
    "Thanks a lot, jerks. Now collections is calling me over your mistake.",
    "Bunch of crooks and liars, that's all you are. When will the ambulance claim be paid?",
    "Your so stupid you cant even spell my name rite on the bill.",
    "WHAT IS WRONG WITH YOU IDIOTS, I PAID IN FULL",
    # profanity aimed at the reader
    "Stop being so f***ing lazy and answer my question about the deductible.",
    "Go to hell. I am not paying $1,400 for a visit that was supposed to be covered.",
    "Screw you and your stupid prior authorization rules.",
    "Shut up and fix my bill.",
    "Hey dipshit, the $35 copay was charged twice on my card.",
    "eat shit, I'm not paying that",
    "Bite me. The bill is wrong and you know it.",
    "Get your head out of your ass and look at my claim from April 3.",
    "You f*cking morons charged me for a visit I never had.",
    "F.U. Seriously. Why is my premium $60 higher this month?",
    # contempt, demeaning without slurs
    "Can your tiny brain handle a simple question? What's my out-of-pocket max for 2026?",
    "Do they teach you to be this stupid or does it come naturally?",
    "Not surprised a simpleton like you couldn't find my claim.",
    "Is there anyone in that office with an IQ above room temperature? My account shows a balance I don't owe.",
    "You should be ashamed to even work there, you heartless vultures.",
    "I hope you enjoy stealing from sick people, you greedy bastards. Why was the biopsy denied?",
    "Go cry to your supervisor, I'm not paying a cent of that bill, loser.",
    "Nobody asked for your stupid script, just tell me why I was charged $89.",
    # non-violent threats
    "I'll make sure everyone knows how useless you are. I'm posting your name on every review site until my claim is paid.",
    "Fix this bill today or I will report you personally and get you fired, you incompetent hack.",
    "Keep ignoring me and I'll bury your company in complaints to the state, you spineless weasels.",
    "Pay my claim or I'm going to make your life miserable, I promise you that.",
    "I'm recording every call and I'll plaster your voice all over TikTok so people can laugh at how stupid you are.",
    "You sorry excuse for a company, refund my $210 or I'm filing with the insurance commissioner and telling every news station in town.",
    # sarcasm-laced abuse
    "Wow, a whole week to answer one email. Did they hire chimpanzees, or is it just you?",
    "Congrats, you're officially the most worthless insurance company on earth. Where is my EOB?",
    "Oh great, another genius who can't read a claim form. It says in-network, dumbass.",
    "Thanks for nothing, you clueless twit. The pharmacy still says my plan is inactive.",
    "I'll type slowly so even you can understand: I. Already. Paid.",
    "Sure, take another 30 days, you lazy slugs, it's not like I need my insulin.",
    "Oh wow, brilliant work, Einstein. You sent the bill to my late father.",
    "Congratulations on being the most useless human I've talked to all year.",
    # Spanish and Spanglish
    "Eres un inútil, llevo dos semanas esperando el reembolso de la consulta.",
    "Son unos ladrones y unos sinvergüenzas, me cobraron dos veces la misma receta.",
    "Pinche pendejo, ¿por qué me cobraron $150 por el laboratorio?",
    "Váyanse a la mierda con su seguro de porquería.",
    "No sean idiotas, el pago ya lo hice el martes, revisen bien.",
    "Oye estúpido, el claim del dentista sigue denied, arréglalo ya.",
    "You guys are such pendejos, my bill says $500 y yo ya pagué el copay.",
    "Qué asco de servicio, bola de incompetentes. Necesito saber mi deductible.",
    "Mira cabrón, I already sent the receipt twice.",
    "Ustedes son una partida de idiotas, no saben ni sumar el bill.",
    "Eres una estúpida, te dije que el seguro es de mi esposo.",
    "Malditos rateros, devuélvanme mi dinero del copago.",
    "Idiotas, el plan dice que la vacuna es gratis y me la cobraron.",
    # misspelt, leetspeak, spaced-out
    "u r such an id10t, wher is my refund",
    "S T U P I D people work here. My claim was denied for no reason.",
    "f u c k you and your billing department",
    "ur all a bunch of azzholes, pay the damn claim",
    "What the fuk is wrong with you, I paid that bill in June!!",
    "shove your deductible up your a$$",
    "Y0u are a m0ron. The ER visit was an emergency, it should be covered.",
    "you're a dumbas, i told you my member id is XK-55210-03",
    "biatch i want my money back",
    "stfu with the 'we apologize for the inconvenience' and refund me",
    "fcuk off and give me a real person",
]

CIVIL = [
    # angry but civil
    "I am extremely frustrated. This is the third time I'm asking about my copay for the cardiology visit.",
    "Honestly, your billing system is a mess. I've been charged twice for the same lab work.",
    "I'm disappointed with how long this is taking. It's been 45 days since I filed the claim.",
    "I'm not happy with the answer I got yesterday. Can a supervisor review the denial?",
    "I'm furious. My prescription was rejected at the pharmacy again. Please explain why.",
    "Your website is useless, I can't find the itemized statement anywhere. Where do I download it?",
    "This policy is ridiculous. Why does a routine blood test need prior authorization?",
    "I feel like I'm being ignored. Please call me back about the refund.",
    "I'm angry, not at you, but at this situation. My mom's hospice bill is wrong.",
    "I know it's not your fault, but this is the worst experience I've had with insurance.",
    "This is absolutely unacceptable. I expect a written explanation of the charges.",
    "This is insane. A $12 aspirin on the hospital bill?",
    "Are you kidding me? The claim was denied for a missing modifier?",
    "Seriously? Another form? Okay, where do I send it?",
    "Your denial letter is a joke, honestly. What's the appeal process?",
    "Worst week ever. Broke my wrist, lost my job, and now this bill. What are my payment plan options?",
    "I hate insurance. Not you personally, just the whole system. How do I check my claim status?",
    "I'm sick of calling. Can someone email me the balance instead?",
    "The statement layout is really confusing. Which number is what I actually owe?",
    "You guys have been really patient with me, thanks. One more question about my HSA.",
    "Your colleague Marisol was great yesterday. Can you finish what she started on my appeal?",
    # formal escalation, no insult
    "I'm going to file a complaint with the state insurance department if this isn't resolved by Friday.",
    "If this isn't fixed I will have to switch plans at open enrollment.",
    "I'll be contacting my lawyer about the balance bill unless someone explains it.",
    # profanity about the situation, not the person
    "This damn bill keeps coming back with the same wrong amount. Can someone look at it?",
    "What the hell happened to my claim? It was approved and now it says denied.",
    "This whole process is a bloody nightmare, but I appreciate you trying. What's the next step?",
    "I'm so pissed off about this surprise bill. The anesthesiologist was out of network and nobody told me.",
    "Holy crap, $3,800 for an ambulance ride? Is that right?",
    "Ugh, this shit is so confusing. What is the difference between coinsurance and copay?",
    "Damn it, I forgot to attach the receipt. Attaching it now.",
    "Goddamn pharmacy charged me full price again. Is my plan active?",
    "Crap, I think I used an out-of-network lab by accident. What will I owe?",
    "Frickin' insurance cards never arrive. Can you mail another one?",
    "This freaking app logged me out five times while I tried to pay.",
    "Bloody hell, the pharmacy says my plan ended. It didn't, did it?",
    "Your hold music is killing me, lol. Anyway, what's the status of claim 77120?",
    # quoted words
    "The letter called me a 'delinquent account holder'. I paid on time. Please correct this.",
    "My son said the rep told him 'tough luck' on the phone. Is that really your policy on the ER bill?",
    "The collections agency called me a \"deadbeat\" on a voicemail. Is this account really overdue?",
    "Your mailer promised 'idiot-proof' enrollment, but I can't get past step two. Help?",
    "My doctor wrote 'patient is noncompliant' in the notes, and now the claim is denied. Can I appeal?",
    "Is the 'stupid fee' my friend joked about real? The bill shows an administrative fee of $25.",
    "The nurse jokingly called me a 'tough old bird'. Anyway, was the home visit covered?",
    "My husband keeps calling your company 'those crooks' but I told him I'd ask nicely first: why was the claim reduced?",
    "My son's school called him 'disruptive' and now he needs an ADHD evaluation. Is it covered?",
    # medical words that look rude
    "I need the code for my rectal exam; the bill shows a different procedure.",
    "Was the testicular ultrasound covered? The EOB says patient responsibility $180.",
    "My wife's breast pump was denied. I thought the plan covers them after delivery.",
    "I was billed for a penile Doppler study I never had. Can you check the claim?",
    "Does my plan cover erectile dysfunction medication, or is it excluded?",
    "The colonoscopy prep and the anal fissure treatment were billed as one visit. Is that correct?",
    "My coccyx injury physical therapy is on the bill twice.",
    "Is a vaginal ultrasound considered diagnostic or preventive for billing?",
    "The semen analysis for the fertility workup was denied. What does code N130 mean?",
    "Hemorrhoid surgery was pre-approved, so why is there a $600 balance?",
    "The charge from Dr. Butts' urology office seems too high for a ten-minute visit.",
    "My dog bit me and I got a tetanus shot. Why is the urgent care bill so high?",
    "My therapist offers anger management sessions; are they covered under behavioral health?",
    # self-deprecation
    "I'm such an idiot, I sent the wrong card photo. Here's the correct member ID: BX-20931-01.",
    "Sorry, I'm a total moron with forms. Which box do I sign for the reimbursement?",
    "My brain is fried from chemo, so please bear with me. What's my balance?",
    "I feel stupid asking, but what is an EOB?",
    "I screwed up and paid the wrong invoice. Can you move the payment to the right one?",
    "Dumb question probably: does the deductible reset in January?",
    "I messed up big time and missed the appeal deadline. Is there any way to still file?",
    "I'm pissed at myself for not checking the network first. What can I do now?",
    # Spanish and Spanglish, civil
    "Ay Dios mío, qué cuenta tan cara. ¿Me pueden explicar el cobro de $900?",
    "Estoy muy molesta, ya pagué y me siguen mandando la factura.",
    "Qué desastre con este bill, ¿por qué me cobraron dos veces?",
    "Me siento tonta preguntando, pero ¿qué significa deducible?",
    "Híjole, no entiendo nada del EOB. ¿Me ayudan?",
    "Estoy harto de esperar, llevo un mes sin respuesta del reembolso.",
    "My mom says the bill is a pinche mess, ¿nos pueden ayudar a revisarlo?",
    "No manches, $400 for a flu test? Is that right?",
]

out = write_tone_set("tone_test_fresh3.jsonl", ABUSIVE, CIVIL)
print(f"wrote {len(ABUSIVE)} abusive and {len(CIVIL)} civil texts to {out}")
