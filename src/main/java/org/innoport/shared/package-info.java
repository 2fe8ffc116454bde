/**
 * Value types every module speaks: money in VND, domain exceptions with message keys, the audited-event contract.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.innoport.shared;
