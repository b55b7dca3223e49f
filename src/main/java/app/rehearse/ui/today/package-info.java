/** The Today page: what to practise next, scheduled towards the interview date. */
package app.rehearse.ui.today;
