"""Write ../tone_test_fresh5.jsonl: a fifth held-out set for the abuse detector
(`suggestions.tone.insults_the_team`), written by helper tone5 on 2026-12-07 (stop 27) from
general knowledge, before that pass's change to the detector and without reading the detector's
word lists. Every person, ID and number is made up.

Shapes new to the tone sets (not re-skins of fresh4's wordings):

Abusive (about half): an insult buried in a long, otherwise ordinary billing message; sarcasm
aimed at the reader or the team ("great job, geniuses", "slow clap"); profanity aimed at the
reader written with asterisks, symbols, digits or dropped letters ("f*cking", "sh1t", "fkn",
"a$$"); all-caps rage whose insult is a plain word (no profanity); contempt for the company or
"you people" as a whole; an insult wrapped in a polite frame ("with all due respect, ..."); threats
aimed at a person's job or name; Spanish insults (pendejos, inútiles, ladrones, sinvergüenzas,
babosos), Spanish sarcasm and caps; Spanglish.

Civil (the other half), by the labelling the earlier sets keep: long angry complaints with no
insult; all-caps anger with no insult; threats to sue, to complain to a regulator, a senator, the
BBB or a review site (lawful escalation at the company, not at a person's job); strong words about
a third party (an anesthesia group, HR, a tow-truck driver, an ex); someone else's abuse quoted or
relayed; sarcasm about the situation ("oh great, another bill"); obfuscated profanity about the
situation or oneself ("sh*t, I forgot the form"); criticism of the service without an insult;
genuine praise that uses insult-shaped words ("you guys are geniuses"); medical words; Spanish
and Spanglish.

About 20 % or more Spanish or Spanglish. Scored only in aggregate: `bench/tone.py --fresh5`.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from tone_common import write_tone_set

ABUSIVE = [
    # an insult buried in a long billing message
    "Hi, I'm writing about the statement dated October 14 for my wife's physical therapy. The "
    "plan paid the first six sessions and then denied sessions seven through twelve as not "
    "medically necessary, even though her surgeon wrote the referral for twelve. Honestly "
    "whoever reviewed this is a halfwit who didn't read the referral. Can you send it back for "
    "review and tell me whether I owe the $540 in the meantime?",
    "Good morning. Last month I asked for a replacement card because my last name changed after "
    "I got married. The new card came with the old name again, and the pharmacy would not fill my "
    "prescription because the names didn't match. Your enrollment people are brain-dead, "
    "apparently. Please fix the name and mail a new card to the address on file.",
    "I have been going back and forth on claim 88-2231 since August. The urgent care billed $310, "
    "you allowed $180, I paid my $50 copay, and now there's a letter asking me for another $130. "
    "Which is it? I swear the folks in your claims department couldn't count their own fingers. "
    "I'd like a written explanation of the balance.",
    "My daughter turned 26 in June and I was told her coverage would continue until the end of "
    "the plan year. It ended in July instead, and she got a $900 bill from her dermatologist. You "
    "lot are clueless hacks and I'm tired of fixing your mistakes. What do I need to do to get "
    "her coverage reinstated through December?",
    "Question about my HSA. I contributed $3,000 this year through payroll and the portal shows "
    "$2,750. I called twice and got two different answers. Are you all just making it up as you "
    "go, you bumbling amateurs? I need the correct figure before I file my taxes.",
    "Hello, I am following up on the prior authorization for my MRI. The doctor's office sent the "
    "forms on the 2nd, they confirmed you received them on the 3rd, and on the 10th I was told "
    "nothing was on file. It's now the 21st. I don't know what planet your intake morons live on "
    "but I need this scan. Please call me at the number on my account.",
    "Re: the out-of-network charge from the anesthesiologist. I chose an in-network hospital and "
    "an in-network surgeon. I had no say in who put me under. Under the No Surprises Act that "
    "should be processed in network. Read the law for once, you dimwitted paper pushers, and "
    "reprocess it.",
    "Three weeks ago I sent the itemized bill, the EOB and the receipt for my son's ER visit. "
    "Today I got a letter saying the documents are missing. Either your mailroom is staffed by "
    "chimps or somebody threw them out. Tell me where to upload them so this doesn't happen again.",
    "I'm attaching a photo of my pharmacy receipt. The formulary says the generic is tier 1 at "
    "$10, and I was charged $45. Yes I checked the formulary date. No I don't need another "
    "copy-pasted answer from a bot-brained rep who can't read. Is this a pharmacy error or a plan "
    "error?",
    "Good afternoon, my husband's COBRA payment for November was sent on the 28th by certified "
    "mail and the tracking shows it arrived on the 30th, which is inside the grace period. The "
    "termination letter we just got says it was never received. Whoever handles your mail is an "
    "idiot or a liar, I honestly can't tell which. Please reinstate his coverage.",
    # sarcasm aimed at the reader or the team
    "Great job, geniuses. You denied the same claim you approved last week.",
    "Wow, slow clap for the claims team. Three months to lose one form.",
    "Bravo, Einsteins. My card now says I'm a dependent on my own plan.",
    "Another masterpiece from the brain trust in billing. The bill is for a patient who isn't me.",
    "What a crack team. Truly the finest minds of our generation, losing my appeal twice.",
    "Congrats to whatever rocket scientist decided a well-child visit isn't preventive.",
    "Thanks a lot, champ. Your 'fix' doubled my bill.",
    "Keep up the stellar work, you absolute wizards, maybe next month you'll find my claim.",
    "I'm honestly in awe. Nobody else could botch a $20 copay this badly. Do they give you a "
    "trophy for that?",
    "Oh look, the experts have spoken again. Do you people ever read what you send?",
    # obfuscated profanity aimed at the reader or the team
    "you f*cking idiots denied it again",
    "What the f*ck is wrong with you people",
    "Fix my bill you useless pr*cks",
    "your fcking website ate my appeal, morons",
    "go f@ck yourselves, seriously",
    "you are a bunch of a$$holes",
    "eat sh!t, claims department",
    "stfu and pay the claim",
    "you people are full of sh*t, it was pre-authorized",
    "fuuuuck you and your copay",
    "kiss my a**, I'm not paying that",
    "What kind of b*llsh!t answer is that? Do your job, dipsh*t.",
    "u fkn clowns lost my appeal",
    "Y'all are some dumb@sses",
    # all-caps rage, the insult a plain word
    "YOU PEOPLE ARE THE MOST INCOMPETENT COMPANY I HAVE EVER DEALT WITH. FIX MY CLAIM.",
    "ARE YOU ALL BRAINLESS? I SENT THE FORM FOUR TIMES.",
    "LIARS. EVERY ONE OF YOU. THE ER VISIT WAS COVERED.",
    "I AM DONE WITH YOUR LAZY USELESS STAFF. WHERE IS MY REFUND",
    "HOW STUPID CAN ONE DEPARTMENT BE??? THE CODE IS RIGHT THERE",
    "SHAME ON YOU, YOU HEARTLESS VULTURES. MY MOTHER IS ON OXYGEN.",
    # threats aimed at a person
    "I've got your first name and your employee number. Expect your supervisor to hear from me "
    "every day until you're out the door.",
    "I'll be posting a screenshot of this chat with your name on it everywhere I can, so the "
    "whole town knows what a fraud you are.",
    "One more runaround and I'll make it my personal mission to end your career.",
    "I'm going to sue you and every one of your worthless coworkers personally.",
    # contempt for the company or "you people" as a whole
    "Your company is a den of thieves.",
    "This plan is run by a bunch of crooks and you're one of them.",
    "Everyone at this insurance company is a bloodsucking leech.",
    "You people are scum, denying a kid's hearing aids.",
    "Your whole organization is a clown show and you're the ringmaster.",
    "Disgusting, greedy vultures, the lot of you.",
    # an insult in a polite frame
    "With all due respect, you're a complete imbecile. The bill is for my daughter, not me.",
    "No offense, but are you actually this dense or do they train you to be?",
    "Please, kindly, stop being such a useless waste of a salary and answer my question about "
    "the deductible.",
    "I mean this sincerely: you are the worst, most idiotic rep I've ever spoken to.",
    "Do you even have a brain in there, or is it just the hold music?",
    "Talking to you is like talking to a wet paper bag, only less useful.",
    "Hey numbskull, the date of service is June 4, not July 4.",
    # Spanish
    "Pendejos, ya les mandé el recibo tres veces.",
    "Son unos inútiles, llevo un mes esperando mi tarjeta.",
    "Ladrones, me cobraron $400 por una consulta que cubría el plan.",
    "Buenas tardes. Le escribo por la factura de la sala de emergencias del 3 de marzo. Ya pagué "
    "mi copago de $150 y ahora me llega otro cobro de $620. La verdad ustedes son unos "
    "incompetentes que no saben hacer su trabajo. ¿Me pueden mandar el desglose?",
    "Felicidades, genios, negaron otra vez la receta de mi hijo.",
    "¿Qué les pasa, babosos? El reclamo ya estaba aprobado.",
    "SON UNOS SINVERGÜENZAS, NO ME HAN DEVUELTO MI DINERO.",
    "Bola de ineptos, ¿cuántas veces tengo que mandar lo mismo?",
    "Váyanse a la chingada con su deducible.",
    "Eres un payaso, no sabes ni contestar una pregunta sencilla.",
    "Qué bonito trabajo, eh. Expertos en perder papeles, par de mensos.",
    "Ustedes son unos estafadores y unos mentirosos, el plan decía que cubría la terapia.",
    "No mames, p3ndejos, el reclamo era de mi esposa no mío.",
    "Te voy a reportar con tu supervisor todos los días hasta que te corran, inútil.",
    "Cabrones, me negaron la ambulancia.",
    "Hola, buenos días. Mi mamá tiene 78 años y le llegó una carta diciendo que su plan se canceló "
    "por falta de pago, pero el banco muestra que el pago salió el día 1. Sinceramente qué gente "
    "tan ignorante trabaja ahí. ¿Cómo reactivamos su cobertura?",
    # Spanglish
    "You guys are such pendejos, I already paid the copay.",
    "Bunch of inútiles, where is my reimbursement?",
    "Ladrones, give me back my $200.",
    "Neta you people are idiotas, the claim was in network.",
    "Oigan, thanks for nothing, geniuses. Otra vez me cobraron doble.",
]

CIVIL = [
    # long angry complaints, no insult
    "I've now spent four hours on hold over two days about the same $212 lab bill. I understand "
    "mistakes happen, but this is exhausting. The lab says they billed you correctly, you say "
    "they didn't. Can someone take ownership of this and call me back with an answer?",
    "I'm writing because I'm frankly furious. My son's allergy shots were covered all last year "
    "and this year every single one is denied. Nothing about his treatment changed. I need to "
    "know what changed in the plan and whether I can appeal.",
    "This is the third letter I've received that contradicts the previous one. One says "
    "approved, one says pending, one says denied. I am losing my patience. Which one is correct, "
    "and can you send it in writing?",
    "I'm extremely disappointed in how this claim has been handled. Nobody returns calls, the "
    "portal shows nothing, and I'm being sent to collections for a bill you told me was paid. "
    "Please escalate this today.",
    "Look, I'm not trying to yell at anyone, but I've been without my medication for nine days "
    "because of a prior authorization that should have taken 72 hours. What is holding it up?",
    "Your new portal is honestly the worst website I've ever used. I can't find my EOBs "
    "anywhere. Where are they?",
    "This is absurd. I paid my premium on time, I have the bank statement, and I'm still getting "
    "a termination notice. Please fix it.",
    "I'm so angry I can barely type. The pharmacy says my plan dropped my inhaler from the "
    "formulary with no notice. Is there an exception process?",
    # all-caps anger, no insult
    "I HAVE CALLED SIX TIMES ABOUT THIS CLAIM AND NOBODY CALLS BACK. PLEASE HELP.",
    "WHY IS MY DEDUCTIBLE $3,000 NOW?? IT WAS $1,500 LAST YEAR",
    "I NEED MY CARD BY FRIDAY, MY SURGERY IS MONDAY.",
    "THIS IS UNACCEPTABLE. THE BILL WAS PAID IN FULL IN MARCH.",
    "STOP SENDING ME BILLS FOR A VISIT I NEVER HAD!!!",
    "WHERE IS MY REFUND. IT HAS BEEN 90 DAYS.",
    # threats to sue or to report the company (lawful escalation)
    "If this claim isn't paid in 30 days I'll be filing suit in small claims court.",
    "I've already drafted a complaint to the Department of Insurance and I'll send it Monday "
    "unless someone calls me.",
    "My attorney will be in touch about this denial. Please preserve all records related to "
    "claim 4471.",
    "I'm reporting this to the Better Business Bureau and to my HR department, who chose this "
    "plan.",
    "Consider this my formal notice that I intend to sue over the denial of my son's surgery.",
    "I will be writing to my state senator about how long this appeal is taking.",
    "I'll be leaving an honest one-star review describing exactly what happened with this bill.",
    "I'm filing a complaint with CMS about the way my Medicare Advantage claim was handled.",
    # strong words about a third party
    "The anesthesia group is a bunch of crooks, they billed me $3,100 for 40 minutes. Is that "
    "something you can negotiate?",
    "My employer's HR person is a total idiot and enrolled me in the wrong tier. How do I switch?",
    "That orthopedic office is run by liars, they told me they were in network. Are they?",
    "The tow truck guy who took me to the ER was a complete jerk, but is the ambulance bill "
    "separate?",
    "The collection agency people are vultures. They keep calling about a bill you already paid.",
    "My ex-husband is a useless deadbeat who dropped the kids from his plan. Can I add them to "
    "mine mid-year?",
    "The guy at the pharmacy counter was an absolute moron, he said my card was expired. Is it?",
    "Honestly the hospital's billing department is full of incompetent fools. They sent my bill "
    "to a stranger. What should I do about the privacy issue?",
    "The surgeon's scheduler is a nasty piece of work, but my question is whether the pre-op labs "
    "are covered.",
    "The clinic's front desk treated me like dirt and then charged a no-show fee even though I "
    "was there. Can I dispute it?",
    # someone else's abuse quoted or relayed
    "Someone at the urgent care yelled 'you people are leeches' at the cashier while I was "
    "waiting. Anyway, is urgent care $50 or $75 on my plan?",
    "My teenager typed 'you guys are idiots' into your chat before I caught it. Sorry about "
    "that. I actually need the nurse line number.",
    "The doctor's billing office told me, and I quote, 'your insurance company is full of "
    "morons.' Who is right about the code?",
    "My father-in-law keeps calling you 'a pack of thieves' but I want to understand the bill "
    "myself before I judge.",
    "On the forum people say this plan is 'run by crooks'. Is that why my claim is taking so "
    "long?",
    "The note on my chart literally says 'difficult patient, rude'. Can I request my records to "
    "see what else it says?",
    # sarcasm about the situation
    "Oh great, another bill. Just what I needed this week. Can you tell me what the $64 is for?",
    "Wonderful, the portal is down again. Is there another way to see my claims?",
    "Fantastic, my deductible reset on January 1 and I had surgery on January 3. Lucky me. Is "
    "there any way to spread out payments?",
    "Love getting three identical letters in one day. Are they duplicates or three separate "
    "claims?",
    "Well, that's just perfect: the in-network lab closed. Where's the next closest one?",
    # obfuscated profanity about the situation or oneself
    "Sh*t, I forgot to send the form before the deadline. Is there any grace period?",
    "This f*cking bill has been haunting me since May. Can you check if it was resubmitted?",
    "Ugh, wtf, my copay went from $20 to $40. Did the plan change?",
    "Holy sh1t, $12,000 for two nights? Is that what I actually owe after insurance?",
    "I'm such a dumb@ss, I paid the same bill twice. Can I get one refunded?",
    "Damn it all, the pharmacy ran out again. Can I use an out-of-network pharmacy this once?",
    # criticism of the service without an insult
    "Your customer service has been very poor this month, and I'd like that noted.",
    "I think your company made a mistake here and I'd like someone to review it.",
    "With respect, the last agent gave me wrong information, and it cost me $300.",
    "You told me one thing on the phone and the letter says another. Which is right?",
    "I don't think your team is reading my messages carefully. Please read the attachment this "
    "time.",
    # praise with insult-shaped words, medical words
    "Thank you, you guys are geniuses, the refund already came through!",
    "Great job on the quick turnaround, seriously. Can I get the same speed for my wife's claim?",
    "Bless you all for getting my dad's wheelchair approved so fast.",
    "Is a hemorrhoid banding procedure covered?",
    "Do you cover the shingles vaccine for someone who is 52?",
    "Is a breast reduction covered if it's medically necessary?",
    # Spanish
    "Estoy furiosa, es la cuarta vez que llamo por el mismo cobro de $180. ¿Alguien me puede "
    "ayudar?",
    "ESTO ES INACEPTABLE. YA PAGUÉ ESA FACTURA EN ENERO.",
    "El laboratorio son unos ladrones, me cobraron $900 por unos análisis de sangre. ¿Eso es "
    "normal?",
    "Mi esposo dice que ustedes son unos inútiles, pero yo quiero entender el cobro antes. ¿Qué "
    "es el coaseguro?",
    "Voy a demandar si no pagan la cirugía de mi hija. Por favor envíen la carta de negación por "
    "escrito.",
    "Voy a poner una queja ante el departamento de seguros del estado.",
    "Qué bonito, otra factura más. ¿Me pueden decir de qué es este cargo de $75?",
    "Perdón, soy una tonta, pagué dos veces la misma cuenta. ¿Me pueden reembolsar?",
    "La recepcionista de la clínica fue muy grosera, me dijo 'usted no entiende nada'. ¿Puedo "
    "cambiar de clínica?",
    "Llevo tres semanas sin mi medicina por culpa de la autorización previa. Estoy desesperada. "
    "¿Qué falta?",
    "Mi ex es un sinvergüenza y sacó a los niños de su seguro. ¿Los puedo agregar al mío?",
    "Muchas gracias, son unos genios, ya me llegó el reembolso.",
    "No es justo que me cobren el deducible otra vez. ¿Me explican por favor?",
    "Ay, qué coraje me da esta carta. Dice que no cubren la terapia. ¿Cómo apelo?",
    # Spanglish
    "Estoy bien frustrada, my claim has been pending for two months. ¿Qué pasó?",
    "The hospital son unos rateros, they billed me twice. Can you check the EOB?",
    "Sorry, soy bien menso con estas cosas, what is an out-of-pocket max?",
]

out = write_tone_set("tone_test_fresh5.jsonl", ABUSIVE, CIVIL)
print(f"wrote {len(ABUSIVE)} abusive and {len(CIVIL)} civil texts to {out}")
