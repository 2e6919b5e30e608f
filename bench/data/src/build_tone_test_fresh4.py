"""Write ../tone_test_fresh4.jsonl: a fourth held-out set for the abuse detector
(`suggestions.tone.insults_the_team`), written by the lead on 2026-12-07 (stop 26) from general
knowledge, before that pass's change to the detector and without reading the detector's word lists
or the other tone sets' texts. Every person, ID and number is made up.

Abusive (about half): insults to the agent, the team or the plan's staff, with and without a
billing question; contempt; scare-quoted titles aimed at the reader ("you 'experts'"); profanity
aimed at the reader; non-violent threats to a person; Spanish; misspellings.

Civil (the other half): anger at a situation; complaints about a third party (a hospital, a
pharmacy, an ex-spouse, a collection agency) with strong words but no insult to the team; rude
words quoted from someone else or said of oneself; medical and billing words that look rude;
firm escalation without insult; Spanish.
Scored only in aggregate: `bench/tone.py --fresh4`.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from tone_common import write_tone_set

ABUSIVE = [
    # insults to the reader, with a question
    "You moron, the deductible was already met in March. Why am I paying again?",
    "Are you completely stupid or just pretending? The claim number is right there on the EOB.",
    "Only an idiot would deny a vaccine claim. Are you that idiot?",
    "You incompetent fools lost my appeal twice. Find it.",
    "What kind of brainless twit approves the X-ray and denies the reading of it?",
    "Hey dumbass, my son is on my plan. Look it up.",
    "You're all a pack of liars. The nurse line told me this was covered.",
    "Stop wasting my time, you useless clown, and tell me what the $85 is for.",
    "I've met smarter houseplants than the people at your call center.",
    "Do they hire you people for being dense? Third time asking about my ID card.",
    "You greedy bloodsuckers denied my insulin again.",
    "Listen here, imbecile: the ambulance was an emergency. Pay it.",
    "you lazy idiots havent answered in two weeks",
    "Your 'experts' couldn't read a bill if their lives depended on it. You included.",
    "Thanks for nothing, genius. The payment plan link is still broken.",
    "How are you this clueless? I sent the itemized bill twice.",
    "You sorry excuse for a customer service rep, where's my refund?",
    "Whoever is reading this is a complete waste of oxygen.",
    "You people are parasites, plain and simple.",
    "Get your head out of your ass and reprocess the claim.",
    "Shut up and fix my bill.",
    "You absolute numpty, I said out of network, not in network.",
    "Go to hell, all of you. My premium went up again.",
    "Fuck you and your denial letter.",
    "F off with your 'policy says'. Pay the claim.",
    "you guys are f*cking useless",
    "What the hell is wrong with you people? Are you all morons?",
    "I'm talking to a brick wall with a headset. A stupid one.",
    "You heartless crooks would deny a dying man his oxygen.",
    "Pathetic. You are pathetic. Answer the question about my copay.",
    "u r an idiot. the claim was filed on time",
    "Your a idiot if you think I'm paying that.",
    "Ur all clowns over there",
    "Y'all are a bunch of dimwits. Where is the new card?",
    "You bunch of thieves stole $600 from my HSA with this bill.",
    "Stop being such a useless bureaucrat and read my message.",
    "I swear you people are the dumbest on earth.",
    "You must have the IQ of a potato to deny a routine mammogram.",
    "Is there anyone competent there, or just more idiots like you?",
    "You lying weasel, you told me last week it was approved.",
    "What a worthless answer from a worthless agent.",
    "Congratulations, you've won the prize for most incompetent rep of the year.",
    "Oh great, another genius who can't find my claim. Brilliant work, really.",
    "Wow, you really are as dumb as your last message.",
    "Your staff are a bunch of clueless twits and you're the worst of them.",
    "You cretins owe me $1,240.",
    "Don't play dumb with me, you snake.",
    # threats to a person, not violent
    "I'll have your job for this, mark my words.",
    "I'm going to post your name all over Facebook so everyone knows how useless you are.",
    "Keep it up and I'll make sure you get fired by Friday.",
    "I will find out who you are and report you to your boss every single day until they let you go.",
    "Your name is going on every review site in the state, you hack.",
    "Watch your back at work, I'm going straight to your manager to get you canned.",
    # Spanish and Spanglish
    "Eres un inútil, ¿por qué me cobraron dos veces?",
    "Son unos ladrones, todos ustedes. Devuélvanme mi dinero.",
    "¡Qué idiotas son! Ya mandé la factura tres veces.",
    "Pinche incompetente, contesta mi pregunta del deducible.",
    "Ustedes son unos estúpidos, el reclamo estaba bien.",
    "No sirves para nada, pendejo.",
    "Bola de inútiles, ¿dónde está mi tarjeta?",
    "Eres una idiota, te dije que la cita fue en mayo.",
    "Me tienen harta, son unos mentirosos y unos rateros.",
    "You guys son unos idiotas, fix my claim ya.",
    # misspelt, spaced, disguised
    "you are such an id1ot",
    "s t u p i d people work there",
    "you're a m0ron and a l1ar",
    "what a buncha idoits",
    "y o u  s u c k",
    "you suck at your job",
    "You guys suck. Period.",
    "Your service sucks and so do you.",
    "Dear Idiot, please explain the attached bill.",
    "To the clown who denied my claim: explain yourself.",
    "Hello useless, still waiting on my reimbursement.",
    "Nice job, Einstein. You billed the wrong member.",
    "Listen, moron, I need a copy of my EOB.",
    "Again, for the slow one in the back: the surgery was pre-authorized.",
]

CIVIL = [
    # angry at the situation, civil to the reader
    "This is ridiculous. I've called four times about the same $95 charge.",
    "I am furious about this denial. Please explain what I can do next.",
    "Your phone tree is maddening. Can someone just call me back?",
    "I'm sick and tired of getting bills for a visit that was supposed to be free.",
    "This whole process is a nightmare. How do I file an appeal?",
    "Frankly, this is unacceptable. The claim has been pending for 60 days.",
    "What the hell happened with my claim? It says denied but I had a referral.",
    "This damn bill keeps coming back. Can you check it?",
    "Holy crap, $4,800 for an MRI? Is that what I really owe?",
    "Damn it, I forgot to send the form. Can I still submit it?",
    "Ugh, this is so frustrating. Why did my copay go up?",
    "I'm not trying to be rude but this is the third time I'm asking.",
    "I'm pissed off about this charge, honestly. Please help me understand it.",
    "This is a total joke of a bill. Can you look at line 3?",
    # strong words about third parties, not the team
    "The hospital billing office is full of crooks, they charged me for a room I never stayed in.",
    "The collection agency called me an idiot on the phone. Do I have to pay them?",
    "My ex is a deadbeat who won't pay the kids' dental bills. Who is the primary insurance?",
    "The pharmacy tech was a total jerk about my prescription. Is the generic covered?",
    "That surgeon's office is a bunch of scammers, they billed a procedure I never had.",
    "The ambulance company is ripping me off with a $2,900 bill.",
    "The urgent care clinic was incompetent, they coded my visit wrong.",
    "The billing company is run by clowns, they sent it to my old insurance.",
    "My landlord is an idiot and lost my mail, so I missed the premium notice.",
    "The lab is a joke, they lost my sample and billed me twice.",
    "Whoever runs that radiology group should be ashamed of these prices.",
    "That dentist is a thief. Is a cleaning covered twice a year?",
    # quoted or self-directed rude words
    "The doctor's receptionist called me 'stupid' for asking about the cost. Is that allowed?",
    "I feel like an idiot, but I don't understand what coinsurance means.",
    "Sorry if this is a dumb question: is my deductible per person or per family?",
    "I was such a moron and paid the bill twice. Can I get a refund?",
    "My husband said I was crazy to call, but the charge looks wrong.",
    "The letter literally says 'you are not eligible', which is insulting when I paid my premium.",
    "My son keeps saying 'this insurance sucks' but I told him I'd ask first. Is speech therapy covered?",
    "A man at the clinic yelled 'you people are thieves' at the front desk. Anyway, my question is about the copay.",
    "Call me stupid but I can't find my member ID on the card.",
    # medical and billing words that look rude
    "I need to know if a colonoscopy with removal of a polyp is covered.",
    "Is a breast pump covered after delivery?",
    "My rectal exam was billed as a separate procedure. Is that right?",
    "They charged me for a scrotal ultrasound I didn't have.",
    "Is the Pap smear covered as preventive care?",
    "The bill mentions an anal fissure treatment; I only had a checkup.",
    "Is Viagra on the formulary for my plan?",
    "Is a vasectomy covered or do I pay the full cost?",
    "The EOB says 'balance bill', what does that mean?",
    "I got a bill for a cocktail of medications in the ER, is that normal?",
    "What does 'dumped claim' mean on my statement?",
    # firm escalation without insult
    "If this isn't fixed by Friday I will file a complaint with the state insurance department.",
    "I am going to contact a lawyer about this denial.",
    "Please escalate this to a supervisor. I've waited long enough.",
    "I want to speak to your manager about this claim.",
    "I'll be filing a formal grievance. Please send me the form.",
    "I'm going to report this billing practice to the Attorney General.",
    "I will post a review about this experience if nothing changes.",
    "I'm considering switching plans at open enrollment because of this.",
    # polite or neutral
    "Thank you for your help yesterday, the bill is fixed.",
    "You guys are great, thanks for sorting out the card so quickly.",
    "You're a lifesaver! The refund came through.",
    "Could you send me an itemized bill for my daughter's visit on May 3?",
    "Does my plan cover an ambulance ride between hospitals?",
    "Is Dr. Patel in network for my plan?",
    "You must be busy, but could you look at my claim when you have a moment?",
    "I know you're not the one who made this rule, but can you explain it?",
    "It's not your fault, I know, but this denial makes no sense to me.",
    "I'm not blaming you personally, but somebody made a mistake on this claim.",
    # Spanish, civil
    "Estoy muy molesta con este cobro de $250. ¿Me pueden explicar?",
    "¡Qué barbaridad! Me cobraron dos veces la misma consulta.",
    "El hospital es un desastre, perdieron mis papeles. ¿Qué hago?",
    "Perdón por la pregunta tonta, ¿qué es un copago?",
    "La farmacia me trató muy mal. ¿Cubre mi plan este medicamento?",
    "Esto es una vergüenza, llevo dos meses esperando el reembolso.",
    "Qué coraje, otra vez me negaron el reclamo. ¿Cómo apelo?",
    "Me siento tonta, pero no entiendo la carta que me mandaron.",
    "Gracias, ustedes son muy amables.",
    "Voy a presentar una queja formal si no se resuelve esta semana.",
]

out = write_tone_set("tone_test_fresh4.jsonl", ABUSIVE, CIVIL)
print(f"wrote {len(ABUSIVE)} abusive and {len(CIVIL)} civil texts to {out}")
