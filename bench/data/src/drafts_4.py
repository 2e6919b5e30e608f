"""Batch 4: Spanish messages (kind "spanish"), across topics."""
from drafts_common import COV_UNKNOWN, NET_UNKNOWN, PA_UNKNOWN, D

ES = "spanish"
ITEMS = [
    D("es", ES, "deductible", "none",
      "Hola, cuanto me falta para cumplir mi deducible este año?",
      "Hola {MEMBER_FIRST_NAME}: en este año del plan ya cubrió {DEDUCTIBLE_MET} de su "
      "deducible de {DEDUCTIBLE}, así que le faltan {DEDUCTIBLE_REMAINING}. El deducible "
      "vuelve a empezar después del {PLAN_YEAR_END}. Si tiene otra pregunta, con gusto le "
      "ayudo. — {AGENT_NAME}"),
    D("es", ES, "deductible", "deductible",
      "Me llegó una cuenta de 412 dólares del laboratorio Clínica Santa Fe por unos análisis "
      "del 14 de septiembre. Por qué no pagó nada el seguro?",
      "Hola {MEMBER_FIRST_NAME}: revisé la reclamación de {PROVIDER_NAME} del "
      "{DATE_OF_SERVICE}. El monto permitido se aplicó a su deducible, por eso el plan no pagó "
      "esta vez y a usted le corresponde {MEMBER_OWES}. Hasta que cumpla el deducible, usted "
      "paga la tarifa con descuento del plan; después, el plan empieza a compartir el costo. "
      "Le quedan {DEDUCTIBLE_REMAINING} de deducible este año del plan.",
      claim={"service": "análisis de sangre", "provider": "Clínica Santa Fe",
             "member_owes": "412.00", "date_of_service": "2026-09-14"},
      mentions=["amount", "provider", "date"]),
    D("es", ES, "copay_coinsurance", "paid",
      "cual es la diferencia entre copago y coaseguro? en mi EOB sale los dos",
      "Hola {MEMBER_FIRST_NAME}: el copago es una cantidad fija por un tipo de servicio, y el "
      "coaseguro es un porcentaje del monto permitido que usted paga después de cumplir el "
      "deducible. En esta reclamación su copago fue {COPAY} y su coaseguro {COINSURANCE}; en "
      "total le corresponde {MEMBER_OWES}. El plan pagó {PLAN_PAID}."),
    D("es", ES, "out_of_pocket_max", "oop_met",
      "Ya llegué a mi máximo de gastos de bolsillo pero el Hospital San Rafael me cobra 180 "
      "dolares. Tengo que pagar?",
      "Hola {MEMBER_FIRST_NAME}: según la explicación de beneficios de la reclamación "
      "{CLAIM_NUMBER}, usted ya alcanzó su máximo de gastos de bolsillo y le corresponde "
      "{MEMBER_OWES} por esta atención. Es posible que el hospital le haya enviado la cuenta "
      "antes de recibir nuestro pago. No la pague por ahora: envíele una copia de la "
      "explicación de beneficios y pídale que corrija la cuenta. Si sigue cobrándole, "
      "avíseme.",
      claim={"service": "consulta de seguimiento", "provider": "Hospital San Rafael",
             "billed": "180.00", "member_owes": "0.00"},
      mentions=["provider", "amount"]),
    D("es", ES, "eob_question", "paid",
      "Recibí una carta que dice 'esto no es una factura'. Entonces qué es? Debo pagar algo?",
      "Hola {MEMBER_FIRST_NAME}: es una explicación de beneficios (EOB). Muestra cómo "
      "procesamos la reclamación de {PROVIDER_NAME} del {DATE_OF_SERVICE}: lo que cobró el "
      "proveedor, lo que pagó el plan ({PLAN_PAID}) y lo que le corresponde a usted "
      "({MEMBER_OWES}). No nos paga a nosotros; el proveedor le enviará su propia factura, y "
      "puede comparar las dos antes de pagar."),
    D("es", ES, "denied_claim", "denied:197",
      "Por qué me negaron la resonancia magnética? El doctor dijo que no necesitaba "
      "autorización",
      "Hola {MEMBER_FIRST_NAME}: la reclamación por {SERVICE} del {DATE_OF_SERVICE} no se "
      "pagó porque no tenemos una autorización previa registrada para ese servicio. Pídale al "
      "consultorio del médico que revise si la solicitaron; si la tienen, pueden enviarla y "
      "pedir que se vuelva a procesar. También puede apelar hasta el {APPEAL_DEADLINE}. Si el "
      "proveedor está en la red, normalmente no debe cobrarle a usted por no haber pedido la "
      "autorización.",
      claim={"service": "resonancia magnética de rodilla"}),
    D("es", ES, "denied_claim", "denied:18",
      "Me salió una reclamación negada por 'duplicado'. Eso quiere decir que tengo que pagar "
      "dos veces??",
      "Hola {MEMBER_FIRST_NAME}: no. Esta reclamación se rechazó porque el proveedor envió el "
      "mismo servicio dos veces; el motivo es {DENIAL_REASON}. La otra reclamación por el "
      "mismo servicio es la que cuenta, y usted no debe pagar dos veces. Si recibe una factura "
      "que cobra el servicio dos veces, no la pague y envíemela."),
    D("es", ES, "prior_authorization", "none",
      "Necesito autorización previa para una cirugía de vesícula?",
      "Hola {MEMBER_FIRST_NAME}: depende del procedimiento y de su plan, así que prefiero "
      "revisarlo en lugar de adivinar. Normalmente el consultorio del cirujano pide la "
      "autorización cuando hace falta. Si me envía el nombre del procedimiento o el código y el "
      "hospital, lo reviso, o puede llamar al {PHONE}.",
      add=PA_UNKNOWN),
    D("es", ES, "out_of_network", "none",
      "La doctora Lucía Benítez está en la red? Habla español y quiero cambiarme con ella",
      "Hola {MEMBER_FIRST_NAME}: puede buscarla en el directorio de proveedores en nuestra "
      "página o en la aplicación, donde también puede filtrar por idioma. Con gusto lo reviso "
      "yo también si me dice la dirección de su consultorio. Le recomiendo confirmar con el "
      "consultorio que acepta {PLAN_NAME} antes de la cita.",
      add=NET_UNKNOWN),
    D("es", ES, "balance_bill", "balance_bill",
      "El anestesiólogo me mandó una factura aparte por 1.240,50 dólares, dice que no está en "
      "la red. Yo no lo escogí!",
      "Hola {MEMBER_FIRST_NAME}: si la cirugía fue en un hospital de la red, la Ley Sin "
      "Sorpresas (No Surprises Act) generalmente le protege de facturas de anestesiólogos u "
      "otros proveedores fuera de la red que usted no eligió: solo debe su costo compartido "
      "dentro de la red. Para esta reclamación, a usted le corresponde {MEMBER_OWES}. No pague "
      "la diferencia y envíeme una foto de la factura para compararla con la reclamación "
      "{CLAIM_NUMBER}.",
      claim={"service": "anestesia", "billed": "1240.50"},
      mentions=["amount"]),
    D("es", ES, "ambulance", "ambulance_ground",
      "La ambulancia me cobra 1,650 dólares por llevarme al hospital, eso lo cubre el seguro?",
      "Hola {MEMBER_FIRST_NAME}: procesamos la reclamación de la ambulancia terrestre del "
      "{DATE_OF_SERVICE}; según su plan, a usted le corresponde {MEMBER_OWES}. El servicio de "
      "ambulancia está {NETWORK_STATUS}. La ley federal Sin Sorpresas no cubre las ambulancias "
      "terrestres, pero muchos estados tienen sus propias protecciones. Compare la factura con "
      "su explicación de beneficios y, si le cobran más, avíseme para revisar qué reglas "
      "aplican en su estado.",
      claim={"service": "ambulancia terrestre", "billed": "1650.00"},
      mentions=["amount"]),
    D("es", ES, "emergency_care", "emergency_oon",
      "fui a emergencias en el Hospital Del Valle y ahora dicen que está fuera de la red. Era "
      "una emergencia, no podía escoger",
      "Hola {MEMBER_FIRST_NAME}: tiene razón, y está protegido. Para servicios de emergencia, "
      "la Ley Sin Sorpresas dice que un hospital fuera de la red solo puede cobrarle su costo "
      "compartido de la red, y así procesamos la reclamación: le corresponde {MEMBER_OWES}. Si "
      "{PROVIDER_NAME} le cobra más, no pague la diferencia y envíeme la factura.",
      claim={"service": "visita a emergencias", "provider": "Hospital Del Valle"},
      mentions=["provider"]),
    D("es", ES, "duplicate_charge", "duplicate_submitted",
      "Veo la misma consulta dos veces en mis reclamaciones, me van a cobrar doble?",
      "Hola {MEMBER_FIRST_NAME}: veo dos envíos del mismo servicio de {PROVIDER_NAME} del "
      "{DATE_OF_SERVICE}, y los dos todavía se están procesando. Cuando un proveedor envía el "
      "mismo servicio dos veces, solo se paga una vez, así que no deberían cobrarle doble. "
      "Espere la explicación de beneficios antes de pagar, y si una factura muestra el "
      "servicio dos veces, avíseme."),
    D("es", ES, "itemized_bill", "none",
      "Cómo pido una factura detallada al hospital?",
      "Hola {MEMBER_FIRST_NAME}: llame o escriba a la oficina de facturación del hospital y "
      "pida una factura detallada (itemized bill) con cada servicio, fecha, código y cargo. "
      "Cuando la reciba, compárela con su explicación de beneficios y revise que no haya "
      "cargos repetidos ni servicios que no recibió."),
    D("es", ES, "payment_plan", "deductible",
      "No puedo pagar todo de una vez, puedo pagar por mes?",
      "Hola {MEMBER_FIRST_NAME}: lo que debe por esta atención ({MEMBER_OWES}) se le paga a "
      "{PROVIDER_NAME}, no al plan, así que el plan de pagos se arregla con su oficina de "
      "facturación. La mayoría acepta pagos mensuales sin intereses si lo pide antes de la "
      "fecha de vencimiento. Si le resulta muy difícil pagar, pregunte también por su programa "
      "de asistencia financiera."),
    D("es", ES, "collections", "none",
      "Me llamaron de una agencia de cobranza por una cuenta médica. Esto va a afectar mi "
      "crédito?",
      "Hola {MEMBER_FIRST_NAME}: según las políticas actuales de las tres agencias de crédito, "
      "las deudas médicas en cobranza que ya se pagaron se eliminan del informe, las deudas "
      "pequeñas no se reportan y una deuda médica sin pagar no aparece hasta que ha estado un "
      "año en cobranza. Pida a la agencia una notificación por escrito que valide la deuda y, "
      "si me dice de qué proveedor es, reviso la reclamación."),
    D("es", ES, "financial_assistance", "none",
      "Hay ayuda para pagar las cuentas del hospital? Mi esposo perdió el trabajo",
      "Hola {MEMBER_FIRST_NAME}: lo siento mucho. Los hospitales sin fines de lucro deben tener "
      "un programa de asistencia financiera, y muchos reducen o perdonan cuentas según los "
      "ingresos, aunque usted tenga seguro. Pida la solicitud de asistencia financiera en la "
      "oficina de facturación del hospital. Si sus ingresos bajaron, revise también "
      "CuidadoDeSalud.gov o Medicaid en su estado."),
    D("es", ES, "appeal", "denied:50",
      "Quiero apelar la negación de la terapia de mi hijo. Qué tengo que mandar y hasta "
      "cuándo tengo?",
      "Hola {MEMBER_FIRST_NAME}: puede presentar una apelación interna hasta el "
      "{APPEAL_DEADLINE}. Envíe una carta con el número de reclamación {CLAIM_NUMBER}, por qué "
      "no está de acuerdo, y una carta del terapeuta o del pediatra que explique por qué la "
      "terapia es médicamente necesaria, con sus notas médicas. Si la apelación se rechaza, "
      "puede pedir una revisión externa independiente. Llame al {PHONE} si quiere ayuda."),
    D("es", ES, "coordination_of_benefits", "denied:22",
      "dicen que tengo otro seguro pero no tengo otro seguro, ya no trabajo en la fábrica",
      "Hola {MEMBER_FIRST_NAME}: gracias por avisarnos. La reclamación no se pagó porque "
      "nuestros registros indican que otro seguro podría ser el principal. Como ya no tiene "
      "ese seguro, necesitamos actualizar su información: llene el cuestionario de otra "
      "cobertura en su cuenta o llame al {PHONE} y díganos la fecha en que terminó. Después se "
      "puede volver a procesar la reclamación; también puede apelar hasta el "
      "{APPEAL_DEADLINE}."),
    D("es", ES, "eligibility", "none",
      "Tuve a mi bebé el 2 de noviembre, cómo lo agrego al seguro?",
      "¡Felicidades, {MEMBER_FIRST_NAME}! Agréguelo lo antes posible: el nacimiento le permite "
      "inscribirlo fuera del período de inscripción abierta, pero el plazo es corto (30 días "
      "en la mayoría de los planes de empleador, 60 días en el Mercado). Una vez inscrito, la "
      "cobertura empieza desde la fecha de nacimiento. Si su seguro es por el trabajo, "
      "comuníquese con recursos humanos; si no, llame al {PHONE}."),
    D("es", ES, "id_card", "none",
      "perdí mi tarjeta del seguro, me pueden mandar otra",
      "Hola {MEMBER_FIRST_NAME}: puede descargar ahora mismo su tarjeta digital en la "
      "aplicación o en su cuenta en línea; los consultorios la aceptan. Para recibir una "
      "tarjeta nueva por correo, pídala en su cuenta o llame al {PHONE}; suele llegar en 7 a "
      "10 días."),
    D("es", ES, "pharmacy", "none",
      "Mi medicina para la diabetes está cubierta? La farmacia me dijo que necesita "
      "autorización",
      "Hola {MEMBER_FIRST_NAME}: algunos medicamentos necesitan autorización previa antes de "
      "que el plan los cubra. Su médico puede enviar la solicitud; si es urgente, la decisión "
      "es más rápida. Si me dice el nombre del medicamento, reviso la lista de medicamentos "
      "(formulario) y le digo su nivel y los requisitos.",
      add=COV_UNKNOWN + PA_UNKNOWN),
    D("es", ES, "hsa_fsa", "none",
      "Puedo usar mi cuenta HSA para pagar el dentista de mi hija?",
      "Hola {MEMBER_FIRST_NAME}: sí, los gastos dentales como limpiezas, empastes y "
      "ortodoncia son gastos médicos elegibles para una HSA según las reglas del IRS, también "
      "para sus dependientes. Guarde los recibos por si los necesita más adelante. Los "
      "tratamientos solo cosméticos, como blanqueamiento, no son elegibles."),
    D("es", ES, "premiums", "none",
      "Me atrasé con el pago de la prima. Me van a cancelar el seguro?",
      "Hola {MEMBER_FIRST_NAME}: no de inmediato, hay un período de gracia. Si recibe créditos "
      "fiscales por adelantado del Mercado, son 3 meses siempre que haya pagado al menos un "
      "mes completo este año; en otros planes suele ser más corto. Durante ese período es "
      "posible que se retengan las reclamaciones hasta que pague. Pague lo antes posible y "
      "llame al {PHONE} si quiere confirmar la fecha."),
    D("es", ES, "contact_change", "none",
      "cambié de número de teléfono, cómo lo actualizo",
      "Hola {MEMBER_FIRST_NAME}: puede actualizar su teléfono en su cuenta en línea, en "
      "Perfil, o llamar al {PHONE} para que verifiquemos su identidad y lo cambiemos. Si su "
      "seguro es por el trabajo, avise también a recursos humanos."),
    D("es", ES, "complaint", "none",
      "Quiero poner una queja, la recepcionista del consultorio me trató muy mal porque no "
      "hablo bien inglés",
      "Hola {MEMBER_FIRST_NAME}: siento mucho que le hayan tratado así; no está bien. Puede "
      "presentar una queja formal con nosotros: díganos el consultorio, la fecha y lo que pasó, "
      "respondiendo aquí o llamando al {PHONE}. También tiene derecho a servicios de "
      "interpretación gratuitos; pídalos cuando llame o haga su cita."),
    D("es", ES, "thanks_followup", "none",
      "Muchas gracias por su ayuda!!",
      "¡De nada, {MEMBER_FIRST_NAME}! Si tiene cualquier otra pregunta, escríbanos aquí. — "
      "{AGENT_NAME}"),
    D("es", ES, "thanks_followup", "pending",
      "Hay alguna novedad sobre mi reclamación del Centro Médico La Paz?",
      "Hola {MEMBER_FIRST_NAME}: la reclamación de {PROVIDER_NAME} del {DATE_OF_SERVICE} "
      "todavía se está procesando, así que aún no hay una decisión. Recibirá una explicación "
      "de beneficios cuando termine, y yo también le avisaré por aquí.",
      claim={"service": "consulta", "provider": "Centro Médico La Paz"},
      mentions=["provider"]),
    D("es", ES, "emergency_care", "emergency_in_network",
      "Por qué pagué 250 dolares en emergencias si mi copago de doctor es de 30?",
      "Hola {MEMBER_FIRST_NAME}: las visitas a la sala de emergencias tienen un copago "
      "distinto al de una consulta con el médico, normalmente más alto. En esta reclamación su "
      "copago de emergencias fue {COPAY} y el total que le corresponde es {MEMBER_OWES}. Para "
      "problemas que no son graves, una clínica de atención urgente de la red suele costar "
      "mucho menos.",
      claim={"service": "visita a emergencias", "member_owes": "250.00"},
      mentions=["amount"]),
    D("es", ES, "denied_claim", "denied:27",
      "Me negaron una consulta del 3 de marzo diciendo que no tenía cobertura ese día, pero sí "
      "tenía!",
      "Hola {MEMBER_FIRST_NAME}: la reclamación del {DATE_OF_SERVICE} no se pagó porque "
      "nuestros registros no mostraban cobertura activa ese día. Si usted tenía cobertura, "
      "muchas veces es un cambio de inscripción que no nos llegó a tiempo. Si su seguro es por "
      "el trabajo, pida a recursos humanos que confirme sus fechas de cobertura con nosotros; "
      "al corregirlas, la reclamación se puede volver a procesar. También puede apelar hasta "
      "el {APPEAL_DEADLINE}.",
      claim={"service": "consulta médica", "date_of_service": "2026-03-03"},
      mentions=["date"]),
]
