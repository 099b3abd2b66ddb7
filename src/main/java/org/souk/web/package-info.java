/**
 * What every module's pages and API share: the layout, locale handling, problem details with rule
 * violations, pagination. Open so that any module may use it; it depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.souk.web;
